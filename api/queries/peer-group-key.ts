/** A peer group: one type of collectivity in one campaign, and one population band of it ('' for the whole type). */
export interface PeerGroupKey {
  survey_id: string;
  campaign: string;
  collectivite_type: string;
  strate_population: string;
}
