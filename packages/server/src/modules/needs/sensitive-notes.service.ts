import type { TCreateSensitiveNoteRequest, TSensitiveNoteListResponse, TSensitiveNoteReceipt } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { accountNamesByIds } from '../people';
import * as repo from './needs.repository';
import { requireNeed } from './needs.service';
import { listRecipientConsents } from './recipients.repository';
import { requireRecipient } from './recipients.service';
import { appendNeedTimelineEntry } from './timeline.service';

/** Whose notes: a recipient's (health, family) or one need's. */
export type NoteSubject = repo.NoteSubject;

async function requireSubject(tx: Db, orgId: string, subject: NoteSubject) {
  if ('recipientId' in subject) {
    await requireRecipient(tx, orgId, subject.recipientId);
    return { targetType: 'recipient', targetId: subject.recipientId, recipientId: subject.recipientId };
  }
  const need = await requireNeed(tx, orgId, subject.needId);
  return { targetType: 'need', targetId: subject.needId, recipientId: need.recipientId };
}

/**
 * Health and family notes are kept only about a recorded person who said yes
 * to it: the latest answer of the recipient (of the need) to the
 * `sensitive_data` purpose. A need without a recipient record has no one
 * whose consent could cover it.
 */
async function assertSensitiveConsent(tx: Db, orgId: string, recipientId: string | null): Promise<void> {
  if (recipientId) {
    const [latest] = (await listRecipientConsents(tx, orgId, recipientId)).filter(
      (c) => c.purpose === 'sensitive_data',
    );
    if (latest?.granted) return;
  }
  throw new AppError('SENSITIVE_NOTE_CONSENT_REQUIRED');
}

/**
 * Writes a sensitive note in the caller's transaction (intake writes one with
 * the need). The audit entry and the need's timeline say that a note was
 * written and of which kind, never what it says.
 */
export async function insertSensitiveNoteIn(
  tx: Db,
  actor: Actor,
  orgId: string,
  subject: NoteSubject,
  note: TCreateSensitiveNoteRequest,
): Promise<TSensitiveNoteReceipt> {
  const target = await requireSubject(tx, orgId, subject);
  await assertSensitiveConsent(tx, orgId, target.recipientId);
  const row = await repo.insertSensitiveNote(tx, {
    orgId,
    ...subject,
    category: note.category,
    body: note.body,
    writtenBy: actor.accountId,
  });
  if ('needId' in subject) {
    await appendNeedTimelineEntry(tx, {
      orgId,
      needId: subject.needId,
      kind: 'sensitive_note_added',
      actorAccountId: actor.accountId,
      data: { noteId: row.id, category: row.category },
    });
  }
  await recordAudit(tx, {
    orgId,
    actorAccountId: actor.accountId,
    action: 'SENSITIVE_NOTE_ADDED',
    targetType: target.targetType,
    targetId: target.targetId,
    summary: { noteId: row.id, category: row.category },
    requestId: actor.requestId,
  });
  return { id: row.id, category: row.category, writtenByName: actor.name, writtenAt: row.writtenAt.toISOString() };
}

/** Writes a sensitive note; the writer gets no content back (staff may write what they hear but not read the file). */
export async function addSensitiveNote(
  db: Db,
  actor: Actor,
  orgId: string,
  subject: NoteSubject,
  note: TCreateSensitiveNoteRequest,
): Promise<TSensitiveNoteReceipt> {
  return db.transaction((tx) => insertSensitiveNoteIn(tx, actor, orgId, subject, note));
}

/**
 * Reads the sensitive notes of a recipient or a need. The read itself is
 * recorded (who, which notes, when) in the same transaction, so no one reads
 * them without leaving a trace.
 */
export async function readSensitiveNotes(
  db: Db,
  actor: Actor,
  orgId: string,
  subject: NoteSubject,
): Promise<TSensitiveNoteListResponse> {
  const rows = await db.transaction(async (tx) => {
    const { targetType, targetId } = await requireSubject(tx, orgId, subject);
    const notes = await repo.listSensitiveNotes(tx, orgId, subject);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'SENSITIVE_NOTE_READ',
      targetType,
      targetId,
      summary: { noteIds: notes.map((n) => n.id), count: notes.length },
      requestId: actor.requestId,
    });
    return notes;
  });
  const names = await accountNamesByIds(db, [
    ...new Set(rows.map((r) => r.writtenBy).filter((id): id is string => !!id)),
  ]);
  return {
    notes: rows.map((row) => ({
      id: row.id,
      category: row.category,
      body: row.body,
      writtenByName: row.writtenBy ? (names.get(row.writtenBy) ?? null) : null,
      writtenAt: row.writtenAt.toISOString(),
    })),
  };
}
