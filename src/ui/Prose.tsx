import type { Page } from '../content/schema.ts';
import { useLang } from './lang.ts';

/** The sections of a content page (content/pages/*.yaml) as headings, paragraphs and lists. */
export function Sections({ page }: { page: Page }) {
  const lang = useLang();
  return (
    <>
      {page.sections.map((section, i) => (
        <section key={i} id={section.id}>
          <h2>{section.heading[lang]}</h2>
          {section.paragraphs?.[lang].map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.items && (
            <ul>
              {section.items[lang].map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
