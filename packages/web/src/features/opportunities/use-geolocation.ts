import { useCallback, useState } from 'react';

export type TLocating =
  | { state: 'idle' }
  | { state: 'locating' }
  | { state: 'found'; lat: number; lng: number }
  | { state: 'denied' }
  | { state: 'unavailable' };

/**
 * The device's position, asked for only when the person chooses "near me". Nothing is stored:
 * the point goes to the catalogue search (rounded to about 10 m) and is forgotten with the page.
 */
export function useGeolocation() {
  const [status, setStatus] = useState<TLocating>({ state: 'idle' });
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setStatus({ state: 'unavailable' });
      return;
    }
    setStatus({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => setStatus({ state: 'found', lat: position.coords.latitude, lng: position.coords.longitude }),
      (error) => setStatus({ state: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }, []);
  const forget = useCallback(() => setStatus({ state: 'idle' }), []);
  return { status, locate, forget };
}
