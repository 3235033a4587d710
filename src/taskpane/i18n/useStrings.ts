import { createContext, useContext } from 'react';
import { de } from './de';
import type { Strings } from './strings';

export const StringsContext = createContext<Strings>(de);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
