import { createContext, useContext } from 'react';
import { de } from './de';
import type { EnglishLater } from './localized';
import type { Strings } from './strings';

/** The shell's strings: German here, English from ../english. */
export const appStrings: EnglishLater<Strings> = { de };

export const StringsContext = createContext<Strings>(de);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
