import type { TScanPosition } from '@musubi/shared';

/**
 * The device's position for a scan, only when the person has already allowed it for this
 * site (never a prompt in the middle of clocking in), within a few seconds, else none.
 */
export async function currentPositionIfAllowed(): Promise<TScanPosition | undefined> {
  try {
    if (!navigator.geolocation || !navigator.permissions) return undefined;
    const permission = await navigator.permissions.query({ name: 'geolocation' });
    if (permission.state !== 'granted') return undefined;
    const position = await new Promise<GeolocationPosition>((resolve, reject) =>
      navigator.geolocation.getCurrentPosition(resolve, reject, { timeout: 5_000, maximumAge: 60_000 }),
    );
    const { latitude, longitude, accuracy } = position.coords;
    return { lat: latitude, lng: longitude, accuracyM: Math.min(accuracy, 100_000) };
  } catch {
    return undefined;
  }
}
