// The bound calls of the window that opens when the book could not be
// opened (Go: app.Opening). Kept beside index.ts so the app's start-up
// check does not pull the whole API in.
import * as Opening from '../../wailsjs/go/app/Opening'
import { app } from '../../wailsjs/go/models'
import { toUIError } from '../lib/errors'

export type OpenState = app.OpenState

async function call<T>(p: Promise<T>): Promise<T> {
  try {
    return await p
  } catch (e) {
    throw toUIError(e)
  }
}

export const openingApi = {
  state: () => call(Opening.State()),
  chooseBook: (title: string) => call(Opening.ChooseBook(title)),
  chooseNewBook: (title: string) => call(Opening.ChooseNewBook(title)),
  openBook: (path: string) => call(Opening.OpenBook(path)),
  createBook: (path: string) => call(Opening.CreateBook(path)),
  openBackups: () => call(Opening.OpenBackups()),
}
