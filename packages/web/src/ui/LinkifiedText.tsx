import { Anchor } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** Plain text whose web addresses become links (mail bodies: invitation links must be clickable). */
export function LinkifiedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let offset = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    // Keys are character offsets: unique and stable for a given text.
    parts.push(<Fragment key={offset}>{text.slice(offset, match.index)}</Fragment>);
    parts.push(
      <Anchor key={match.index} href={match[0]} style={{ overflowWrap: 'anywhere' }}>
        {match[0]}
      </Anchor>,
    );
    offset = match.index + match[0].length;
  }
  parts.push(<Fragment key={offset}>{text.slice(offset)}</Fragment>);
  return <>{parts}</>;
}
