// What every result opens with, before any reading (the help finder's and the self-check's): help for
// right now, then a voice to call or chat with (docs/ROUTING.md, rules 3 and 14), and with danger now
// "Moet je vannacht weg?" without repeating the numbers above it.
import type { PlanTexts } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import type { Audience } from '../../content/schema.ts';
import type { ResultHelp as Help } from '../../logic/index.ts';
import type { T } from '../../i18n/index.ts';
import { UrgentHelp } from './UrgentHelp.tsx';
import { LeavingTonight } from '../plan/LeavingTonight.tsx';

export function ResultHelp({
  help,
  organisations,
  t,
  audience,
  urgentTitle,
  urgentIntro,
  voiceTitle,
  leavingTonight,
}: {
  help: Help;
  organisations: Organisations;
  t: T;
  audience?: Audience;
  urgentTitle: string;
  urgentIntro?: string;
  voiceTitle: string;
  /** The plan's texts when "Moet je vannacht weg?" applies (showsLeavingTonight); otherwise nothing. */
  leavingTonight?: PlanTexts;
}) {
  const panel = { organisations, t, audience, level: 3 } as const;
  return (
    <>
      {help.now.length > 0 && <UrgentHelp {...panel} ids={help.now} title={urgentTitle} intro={urgentIntro} />}
      {help.voice.length > 0 && <UrgentHelp {...panel} ids={help.voice} title={voiceTitle} tone="plain" />}
      {leavingTonight && (
        <LeavingTonight
          texts={leavingTonight}
          organisations={organisations}
          t={t}
          level={3}
          withHelp={false}
          planLink
        />
      )}
    </>
  );
}
