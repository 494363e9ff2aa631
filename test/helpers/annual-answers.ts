/** A complete, valid answer set of the annual survey (a métropole), for benchmarks and tests. */
export const completeAnnualAnswers = {
  collectivite: 'epci:200040715',
  service_repondant: 'relations_internationales',
  typologie_actions: { branding: 'realisee', marketing_territorial: 'prevue', compagnonnages: 'non' },
  actions_realisees: { promotion_internationale: 4, internationalisation_entreprises: 2, cooperation_economique: 3 },
  actions_a_renforcer: { promotion_internationale: 5, internationalisation_entreprises: 4, cooperation_economique: 2 },
  budget_aict_euros: 250000,
  etp_aict: 2.5,
  partenariats_actifs: 12,
  acteurs_mobilises: { entreprises: 'oui', reseaux: 'non' },
  zones_cibles: ['europe', 'asie'],
  evaluation_impact: 'parfois',
};
