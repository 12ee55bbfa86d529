import { v7 } from 'uuid';

/** New primary keys are UUIDv7: time-ordered, so indexes stay compact and ids sort by creation. */
export function newId(): string {
  return v7();
}
