import { useMemo } from 'react';
import { qrPath } from './qr-path';

interface QrImageProps {
  text: string;
  /** Names the image for screen readers (what the code is for, never the code itself). */
  label: string;
  /** CSS size of one side; the code scales without blurring. */
  size?: number | string;
  testId?: string;
}

/** A QR code drawn as crisp SVG, black on white with the quiet zone scanners need. */
export function QrImage({ text, label, size = 320, testId }: QrImageProps) {
  const path = useMemo(() => qrPath(text), [text]);
  const quiet = 4;
  const side = path.size + quiet * 2;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${side} ${side}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      style={{ background: '#fff', display: 'block', maxWidth: '100%', height: 'auto' }}
      data-testid={testId}
      data-code={text}
    >
      <rect x={-quiet} y={-quiet} width={side} height={side} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
