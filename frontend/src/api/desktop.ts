// The desktop around the page (Go: app.Desktop): files given to the app,
// another book in its own window, the About box. Beside index.ts, like
// opening.ts, so the features' API file stays theirs.
import * as Desktop from '../../wailsjs/go/app/Desktop'
import { app } from '../../wailsjs/go/models'
import { toUIError } from '../lib/errors'

export type FileArrival = app.FileArrival
export type AboutInfo = app.AboutInfo

async function call<T>(p: Promise<T>): Promise<T> {
  try {
    return await p
  } catch (e) {
    throw toUIError(e)
  }
}

export const desktopApi = {
  takeFiles: () => call(Desktop.TakeFiles()),
  openBookWindow: (path: string) => call(Desktop.OpenBookWindow(path)),
  about: () => call(Desktop.About()),
}
