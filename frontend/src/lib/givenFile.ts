// A spreadsheet given to the app (its command line, a second launch, the
// Finder: DesktopBridge.vue) waits here for the import screen, which
// takes it when it opens.
import { ref } from 'vue'

export const givenSheet = ref('')

// takeGivenSheet returns the waiting sheet's path ('' when none) and
// clears it.
export function takeGivenSheet(): string {
  const p = givenSheet.value
  givenSheet.value = ''
  return p
}
