import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { loadNoticeBars } from './support/noticeBars';
import { provideAllEnglish } from '../../src/taskpane/english';

// Fluent's dialogs and the lazy views render in several steps; on a busy two-core machine (CI runs the
// browser project beside this one) they take longer than the defaults of 5 s a test and 1 s a `findBy`.
// Generous bounds, never assertions on time.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

// The MessageBars of notices and errors load lazily; every file starts with them loaded (support/noticeBars).
beforeAll(() => loadNoticeBars());

// The first view's English loads in a chunk of its own in the pane (src/taskpane/english); here every
// table has it from the start, as in a pane whose Office speaks English.
provideAllEnglish();
