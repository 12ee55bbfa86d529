import { cosLatitude, distanceScore, haversineKm } from './score';
import { boundRecordInto, coveredMinutes, dayNumber, type StaticBoundPlan, type StaticRecord } from './static-bound';

/**
 * The records of `boundRecords` kept column by column in typed arrays, so
 * bounding tens of thousands of them reads a few contiguous arrays instead of
 * chasing every record's objects: languages and interests as bit masks,
 * gender, status, up to four skills, two cover periods and one period away
 * inline, weekly slots in one shared array. A record that does not fit (more
 * skills, periods or distinct languages than that) is bounded from its object,
 * by the same code as `boundRecords`. `boundColumns` gives exactly what
 * `boundRecords` gives for the same records (a property test checks it).
 */
export class StaticColumns {
  size = 0;
  readonly records: StaticRecord[] = [];
  private readonly positions = new Map<string, number>();
  private capacity = 0;
  flags = new Uint8Array(0);
  lat = new Float64Array(0);
  lng = new Float64Array(0);
  cosLat = new Float64Array(0);
  languages = new Uint32Array(0);
  interests = new Uint32Array(0);
  gender = new Uint8Array(0);
  skills = new Uint16Array(0);
  covers = new Int32Array(0);
  coverCount = new Uint8Array(0);
  away = new Int32Array(0);
  slotAt = new Uint32Array(0);
  slotLength = new Uint16Array(0);
  slotPool = new Int16Array(1024);
  private slotUsed = 0;
  private slotGarbage = 0;
  readonly languageBits = new Map<string, number>();
  readonly interestBits = new Map<string, number>();
  /** Skill id → code (1…); 0 is "none". */
  readonly skillCodes = new Map<string, number>();

  positionOf(id: string): number | undefined {
    return this.positions.get(id);
  }

  put(record: StaticRecord): void {
    let at = this.positions.get(record.volunteerId);
    if (at === undefined) {
      at = this.size++;
      if (at >= this.capacity) this.grow(Math.max(1024, this.capacity * 2));
      this.positions.set(record.volunteerId, at);
    } else {
      this.slotGarbage += this.slotLength[at];
    }
    this.records[at] = record;
    this.write(at, record);
    if (this.slotGarbage > 4096 && this.slotGarbage > this.slotUsed / 2) this.compactSlots();
  }

  remove(id: string): void {
    const at = this.positions.get(id);
    if (at === undefined) return;
    this.positions.delete(id);
    this.slotGarbage += this.slotLength[at];
    const last = --this.size;
    if (at !== last) {
      this.records[at] = this.records[last];
      this.positions.set(this.records[at].volunteerId, at);
      this.move(last, at);
    }
    this.records.pop();
  }

  private grow(capacity: number) {
    const grown = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(a: T, per = 1): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity * per);
      b.set(a);
      return b;
    };
    this.flags = grown(this.flags);
    this.lat = grown(this.lat);
    this.lng = grown(this.lng);
    this.cosLat = grown(this.cosLat);
    this.languages = grown(this.languages);
    this.interests = grown(this.interests);
    this.gender = grown(this.gender);
    this.skills = grown(this.skills, SKILLS_INLINE);
    this.covers = grown(this.covers, 2 * COVERS_INLINE);
    this.coverCount = grown(this.coverCount);
    this.away = grown(this.away, 2);
    this.slotAt = grown(this.slotAt);
    this.slotLength = grown(this.slotLength);
    this.capacity = capacity;
  }

  private move(from: number, to: number) {
    this.flags[to] = this.flags[from];
    this.lat[to] = this.lat[from];
    this.lng[to] = this.lng[from];
    this.cosLat[to] = this.cosLat[from];
    this.languages[to] = this.languages[from];
    this.interests[to] = this.interests[from];
    this.gender[to] = this.gender[from];
    this.skills.copyWithin(to * SKILLS_INLINE, from * SKILLS_INLINE, (from + 1) * SKILLS_INLINE);
    this.covers.copyWithin(to * 2 * COVERS_INLINE, from * 2 * COVERS_INLINE, (from + 1) * 2 * COVERS_INLINE);
    this.coverCount[to] = this.coverCount[from];
    this.away.copyWithin(to * 2, from * 2, from * 2 + 2);
    this.slotAt[to] = this.slotAt[from];
    this.slotLength[to] = this.slotLength[from];
  }

  private bits(dictionary: Map<string, number>, values: readonly string[]): number | null {
    let mask = 0;
    for (const v of values) {
      let bit = dictionary.get(v);
      if (bit === undefined) {
        if (dictionary.size >= 31) return null;
        bit = dictionary.size;
        dictionary.set(v, bit);
      }
      mask |= 1 << bit;
    }
    return mask;
  }

  private write(at: number, r: StaticRecord) {
    let slow = false;
    let flags = (r.own ? OWN : 0) | (r.status !== 'active' || r.contactWithdrawn ? OUT : 0);
    if (r.location) {
      flags |= LOCATED;
      this.lat[at] = r.location.lat;
      this.lng[at] = r.location.lng;
      this.cosLat[at] = r.cosLat;
    }
    const languages = this.bits(this.languageBits, r.languages);
    const interests = this.bits(this.interestBits, r.interests);
    if (languages === null || interests === null) slow = true;
    this.languages[at] = languages ?? 0;
    this.interests[at] = interests ?? 0;
    this.gender[at] = r.gender === null ? 0 : (GENDERS[r.gender] ?? 4);
    this.skills.fill(0, at * SKILLS_INLINE, (at + 1) * SKILLS_INLINE);
    if (r.skillIds.length > SKILLS_INLINE) slow = true;
    else {
      r.skillIds.forEach((id, k) => {
        let code = this.skillCodes.get(id);
        if (code === undefined) {
          code = this.skillCodes.size + 1;
          this.skillCodes.set(id, code);
        }
        if (code > 65_535) slow = true;
        this.skills[at * SKILLS_INLINE + k] = code;
      });
    }
    const covers = r.covers.length / 2;
    if (covers > COVERS_INLINE) slow = true;
    else {
      this.coverCount[at] = covers;
      this.covers.set(r.covers, at * 2 * COVERS_INLINE);
    }
    const away = r.availabilityExceptions;
    this.away[at * 2] = 1;
    this.away[at * 2 + 1] = 0;
    if (away.length > 1) slow = true;
    else if (away.length === 1) {
      const from = dayNumber(away[0].from);
      const to = dayNumber(away[0].to);
      if (Number.isNaN(from) || Number.isNaN(to)) slow = true;
      this.away[at * 2] = from;
      this.away[at * 2 + 1] = to;
    }
    const length = r.slots.length;
    if (this.slotUsed + length > this.slotPool.length) {
      const pool = new Int16Array(Math.max(this.slotPool.length * 2, this.slotUsed + length));
      pool.set(this.slotPool.subarray(0, this.slotUsed));
      this.slotPool = pool;
    }
    this.slotPool.set(r.slots, this.slotUsed);
    this.slotAt[at] = this.slotUsed;
    this.slotLength[at] = length;
    this.slotUsed += length;
    this.flags[at] = flags | (slow ? SLOW : 0);
  }

  private compactSlots() {
    const pool = new Int16Array(Math.max(1024, (this.slotUsed - this.slotGarbage) * 2));
    let used = 0;
    for (let i = 0; i < this.size; i++) {
      const length = this.slotLength[i];
      pool.set(this.slotPool.subarray(this.slotAt[i], this.slotAt[i] + length), used);
      this.slotAt[i] = used;
      used += length;
    }
    this.slotPool = pool;
    this.slotUsed = used;
    this.slotGarbage = 0;
  }
}

const OWN = 1;
const OUT = 2;
const LOCATED = 4;
const SLOW = 8;
const SKILLS_INLINE = 4;
const COVERS_INLINE = 2;
const GENDERS: Record<string, number> = { female: 1, male: 2, other: 3 };

/** `boundRecords` over the records of `columns` (positions 0 … size − 1). */
export function boundColumns(
  plan: StaticBoundPlan,
  columns: StaticColumns,
  bounds: Float64Array,
  excluded: Uint8Array,
): void {
  const c = columns;
  const n = c.size;
  const { weights, windows, askedMinutes, location, halfKm, day } = plan;
  const asked = plan.languages.length;
  let askedMask = 0;
  for (const l of plan.languages) {
    const bit = c.languageBits.get(l);
    if (bit !== undefined) askedMask |= 1 << bit;
  }
  let wantedMask = 0;
  for (const i of plan.interests) {
    const bit = c.interestBits.get(i);
    if (bit !== undefined) wantedMask |= 1 << bit;
  }
  const required = plan.requiredSkills;
  const ownRequired = new Int8Array(c.skillCodes.size + 1).fill(-1);
  const otherRequired = new Int8Array(c.skillCodes.size + 1).fill(-1);
  const skillsInline = required <= 30;
  if (skillsInline) {
    for (const [id, k] of plan.ownSkills) {
      const code = c.skillCodes.get(id);
      if (code !== undefined) ownRequired[code] = k;
    }
    for (const [id, k] of plan.otherSkills) {
      const code = c.skillCodes.get(id);
      if (code !== undefined) otherRequired[code] = k;
    }
  }
  const windowDays = windows.map((w) => (w.date === null ? Number.NaN : dayNumber(w.date)));
  const helperScores = new Map<number, number>();
  if (plan.continuity) {
    for (const [id, h] of plan.helpers) {
      const at = c.positionOf(id);
      const helped = h.helped;
      if (at !== undefined && c.records[at].own) {
        helperScores.set(at, helped === 0 ? 0 : 0.5 + (0.5 * Math.min(h.welcomed, helped)) / helped);
      }
    }
  }
  const genderCode = plan.gender === 'any' ? -1 : (GENDERS[plan.gender] ?? -1);
  const locationCos = location ? cosLatitude(location.lat) : 0;
  const locLat = location?.lat ?? 0;
  const locLng = location?.lng ?? 0;
  const { flags, lat, lng, cosLat, languages, interests, gender, skills, covers, coverCount, away } = c;
  const { slotAt, slotLength, slotPool } = c;
  const skillsApply = required > 0;
  const availabilityApplies = windows.length > 0;
  const insuranceApplies = plan.insuranceCheck !== 'off';
  const insuranceRequired = plan.insuranceCheck === 'block';
  const interestsApply = plan.interests.length > 0;
  const wSkills = weights.skills;
  const wLanguages = weights.languages;
  const wDistance = weights.distance;
  const wAvailability = weights.availability;
  const wInsurance = weights.insurance;
  const wWorkload = weights.workload;
  const wContinuity = weights.continuity;
  const wPreferences = weights.preferences;
  const wInterests = weights.interests;
  for (let i = 0; i < n; i++) {
    const f = flags[i];
    if ((f & SLOW) !== 0 || (skillsApply && !skillsInline)) {
      boundRecordInto(plan, c.records[i], i, bounds, excluded);
      continue;
    }
    let out = (f & OUT) !== 0;
    let total = 0;

    if (skillsApply) {
      const table = (f & OWN) !== 0 ? ownRequired : otherRequired;
      let held = 0;
      let mask = 0;
      for (let k = i * SKILLS_INLINE, end = k + SKILLS_INLINE; k < end; k++) {
        const code = skills[k];
        if (code === 0) break;
        const r = table[code];
        if (r >= 0 && (mask & (1 << r)) === 0) {
          mask |= 1 << r;
          held++;
        }
      }
      total += wSkills * (held / required);
      if (held < required) out = true;
    }

    if (asked > 0) total += wLanguages * (popcount(languages[i] & askedMask) / asked);

    if (location) {
      total +=
        wDistance *
        ((f & LOCATED) !== 0
          ? distanceScore(haversineKm(locLat, locLng, locationCos, lat[i], lng[i], cosLat[i]), halfKm)
          : 0);
    }

    if (availabilityApplies) {
      let covered = 0;
      const length = slotLength[i];
      if (length > 0) {
        const from = slotAt[i];
        const awayFrom = away[2 * i];
        const awayTo = away[2 * i + 1];
        for (let k = 0; k < windows.length; k++) {
          const w = windows[k];
          const d = windowDays[k];
          if (d >= awayFrom && d <= awayTo) continue;
          covered += coveredMinutes(slotPool, w.weekday, w.start, w.end, from, from + length);
        }
      }
      total += wAvailability * (askedMinutes === 0 ? 0 : covered / askedMinutes);
    }

    let insured = false;
    for (let k = 4 * i, end = k + 2 * coverCount[i]; k < end; k += 2) {
      if (covers[k] <= day && day <= covers[k + 1]) insured = true;
    }
    if (insuranceApplies) total += wInsurance * (insured ? 1 : 0);
    if (insuranceRequired && !insured) out = true;

    total += wWorkload * 1;

    if (plan.continuity) total += wContinuity * (helperScores.size > 0 ? (helperScores.get(i) ?? 0) : 0);

    if (genderCode !== -1) total += wPreferences * (gender[i] === genderCode ? 1 : 0);

    if (interestsApply) total += wInterests * ((interests[i] & wantedMask) !== 0 ? 1 : 0);

    bounds[i] = total;
    excluded[i] = out ? 1 : 0;
  }
  for (const id of plan.proposals.keys()) {
    const at = c.positionOf(id);
    if (at !== undefined) excluded[at] = 1;
  }
  for (const id of plan.assigned) {
    const at = c.positionOf(id);
    if (at !== undefined && c.records[at].own) excluded[at] = 1;
  }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
