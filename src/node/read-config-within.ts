/**
 * A giaymoi.config.yaml found by the upward search, read only when its real
 * file (after symbolic links) lies inside the workspace folder the search
 * stopped at: a link in a cloned repository could otherwise have the editor
 * read, and show the keys of, any YAML file the user can read (issue 31).
 */
import { say } from '../core/messages';
import { readGuarded, type GuardedRead } from './guarded-read';
import { placeOf } from './inside-folder';

/** The configuration at `path` through the guarded reader, refused when it really lies outside `folder`. */
export function readConfigWithin(path: string, folder: string): GuardedRead {
  const place = placeOf(path, folder);
  if (!place.inside) {
    return {
      ok: false,
      why: 'denied',
      reason: say('cli.config.outsideFolder', { real: place.real, folder }),
    };
  }
  return readGuarded(path, 'config');
}
