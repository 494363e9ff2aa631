import { WithAbbreviations } from '../../glossary/WithAbbreviations';

/** A passage of the guide the advice rests on, quoted verbatim, with its section. */
export function GuideSource({ source }: { source: { section: string; quote: string } }) {
  return (
    <small className="guide-source">
      Source{'\u202f'}: <q>
        <WithAbbreviations text={source.quote} />
      </q>{' '}
      ({source.section})
    </small>
  );
}
