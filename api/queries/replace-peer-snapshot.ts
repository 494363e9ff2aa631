import type { Insertable, Kysely } from 'kysely';
import type { Database, PeerSnapshotCountsTable } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

const ROWS_PER_STATEMENT = 3000;

/**
 * Replaces a peer group's snapshot: its counts, its size and time, and (unless the caller
 * keeps them, to rewrite them itself) forgets the notes of the changes it now includes. `counts` is either rows computed by the caller or, for groups
 * compared on coded answers, the group's pre-aggregated counts of `questions` copied in SQL.
 */
export async function replacePeerSnapshot(
  trx: Kysely<Database>,
  key: PeerGroupKey,
  snapshot: { taken_at: string; n: number },
  counts: { rows: Omit<Insertable<PeerSnapshotCountsTable>, keyof PeerGroupKey>[] } | { fromAnswerCounts: string[] },
  options: { keepChanges?: boolean } = {},
): Promise<void> {
  for (const table of options.keepChanges ? (['peer_snapshot_counts'] as const) : (['peer_snapshot_counts', 'peer_changes'] as const)) {
    await trx
      .deleteFrom(table)
      .where((eb) =>
        eb.and([
          eb('survey_id', '=', key.survey_id),
          eb('campaign', '=', key.campaign),
          eb('collectivite_type', '=', key.collectivite_type),
          eb('strate_population', '=', key.strate_population),
        ]),
      )
      .execute();
  }
  if ('rows' in counts) {
    const rows = counts.rows.map((r) => ({ ...key, ...r }));
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      await trx.insertInto('peer_snapshot_counts').values(rows.slice(start, start + ROWS_PER_STATEMENT)).execute();
    }
  } else if (counts.fromAnswerCounts.length > 0) {
    let source = trx
      .selectFrom('answer_counts')
      .select((eb) => [
        eb.val(key.survey_id).as('survey_id'),
        eb.val(key.campaign).as('campaign'),
        eb.val(key.collectivite_type).as('collectivite_type'),
        eb.val(key.strate_population).as('strate_population'),
        'question',
        'row_key',
        'col_key',
        'value',
        eb.fn.sum<number>('n').as('n'),
      ])
      .where('survey_id', '=', key.survey_id)
      .where('campaign', '=', key.campaign)
      .where('collectivite_type', '=', key.collectivite_type)
      .where('question', 'in', counts.fromAnswerCounts);
    if (key.strate_population !== '') source = source.where('strate_population', '=', key.strate_population);
    await trx
      .insertInto('peer_snapshot_counts')
      .columns(['survey_id', 'campaign', 'collectivite_type', 'strate_population', 'question', 'row_key', 'col_key', 'value', 'n'])
      .expression(source.groupBy(['question', 'row_key', 'col_key', 'value']).having((eb) => eb.fn.sum('n'), '>', 0))
      .execute();
  }
  await trx
    .updateTable('peer_snapshots')
    .set(snapshot)
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('strate_population', '=', key.strate_population)
    .execute();
}
