// Renders a component as a page or island does: inside the language's provider (src/ui/lang.ts).
import type { VNode } from 'preact';
import { render, type RenderResult } from '@testing-library/preact';
import { LangProvider } from '../../src/ui/lang.ts';
import type { Lang } from '../../src/i18n/languages.ts';

export const renderIn = (lang: Lang, ui: VNode): RenderResult => render(<LangProvider value={lang}>{ui}</LangProvider>);
