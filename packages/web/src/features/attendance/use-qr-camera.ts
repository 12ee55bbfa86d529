import jsQR from 'jsqr';
import { useCallback, useEffect, useRef, useState } from 'react';

type CameraState = 'idle' | 'starting' | 'running' | 'failed';

/** How often a frame is read, and how long the same code must be out of view before it is read again. */
const FRAME_INTERVAL_MS = 200;
const SAME_CODE_PAUSE_MS = 4_000;
/** Frames are scaled down to this width before decoding: enough for a code filling part of the view. */
const DECODE_WIDTH = 640;

/**
 * The rear camera (getUserMedia) and a decoding loop (jsQR, which needs no BarcodeDetector):
 * every 200 ms the current frame is drawn to a canvas and searched for a QR code.
 */
export function useQrCamera(onCode: (text: string, readAt: Date) => void, autoStart: boolean) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const timerRef = useRef<ReturnType<typeof setInterval> | null>(null);
  const lastRead = useRef<{ text: string; at: number } | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const [state, setState] = useState<CameraState>('idle');
  const [denied, setDenied] = useState(false);

  const stop = useCallback(() => {
    if (timerRef.current) clearInterval(timerRef.current);
    timerRef.current = null;
    for (const track of streamRef.current?.getTracks() ?? []) track.stop();
    streamRef.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
    setState('idle');
  }, []);

  const readFrame = useCallback((canvas: HTMLCanvasElement) => {
    const video = videoRef.current;
    if (!video || video.readyState < video.HAVE_CURRENT_DATA || video.videoWidth === 0) return;
    const scale = Math.min(1, DECODE_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
    if (!found?.data) return;
    const now = Date.now();
    const last = lastRead.current;
    // A code held in front of the camera is read once: it counts again only after it was out of view for a pause.
    const again = last !== null && last.text === found.data && now - last.at < SAME_CODE_PAUSE_MS;
    lastRead.current = { text: found.data, at: now };
    if (!again) onCodeRef.current(found.data, new Date(now));
  }, []);

  const start = useCallback(async () => {
    if (streamRef.current) return;
    setState('starting');
    setDenied(false);
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API');
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
      streamRef.current = stream;
      const video = videoRef.current;
      if (!video) throw new Error('no video element');
      video.srcObject = stream;
      await video.play();
      const canvas = document.createElement('canvas');
      timerRef.current = setInterval(() => readFrame(canvas), FRAME_INTERVAL_MS);
      setState('running');
    } catch (error) {
      for (const track of streamRef.current?.getTracks() ?? []) track.stop();
      streamRef.current = null;
      setDenied(error instanceof DOMException && error.name === 'NotAllowedError');
      setState('failed');
    }
  }, [readFrame]);

  useEffect(() => {
    if (autoStart) void start();
    return stop;
  }, [autoStart, start, stop]);

  return { videoRef, state, denied, start, stop };
}
