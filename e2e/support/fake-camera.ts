import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';

/** The size of the fake camera's picture. */
const WIDTH = 640;
const HEIGHT = 480;
/** Frames in the file: Chromium loops them, so a few identical ones make a still picture. */
const FRAMES = 5;

/**
 * A camera for Chromium fed from a file: Chromium's fake capture device plays a Y4M
 * (YUV4MPEG2) video in a loop, read anew each time a page starts the camera. Show it a
 * QR code by writing the code's frame to the file before the page starts scanning.
 */
export class FakeCamera {
  readonly file: string;

  constructor() {
    this.file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-camera-')), 'camera.y4m');
    this.showBlank();
  }

  /** The Chromium switches that put this file behind getUserMedia (and answer its permission prompt). */
  get chromiumArgs(): string[] {
    return [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${this.file}`,
    ];
  }

  /** A grey picture: nothing to read. */
  showBlank(): void {
    this.write(() => false);
  }

  /** The QR code of `text`, black on white, centred and large enough for a decoder to read. */
  showQrCode(text: string): void {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const quiet = 4;
    const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + quiet * 2));
    const side = modules.size * scale;
    const left = Math.floor((WIDTH - side) / 2);
    const top = Math.floor((HEIGHT - side) / 2);
    this.write((x, y) => {
      const col = Math.floor((x - left) / scale);
      const row = Math.floor((y - top) / scale);
      return col >= 0 && row >= 0 && col < modules.size && row < modules.size && modules.get(row, col) === 1;
    });
  }

  close(): void {
    fs.rmSync(path.dirname(this.file), { recursive: true, force: true });
  }

  /** Writes the Y4M file: 4:2:0, luma from `dark` (black or white), neutral chroma. */
  private write(dark: (x: number, y: number) => boolean): void {
    const luma = Buffer.alloc(WIDTH * HEIGHT);
    for (let y = 0; y < HEIGHT; y++) {
      for (let x = 0; x < WIDTH; x++) luma[y * WIDTH + x] = dark(x, y) ? 16 : 235;
    }
    const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
    const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
    const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
    const temporary = `${this.file}.tmp`;
    fs.writeFileSync(temporary, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]));
    fs.renameSync(temporary, this.file);
  }
}
