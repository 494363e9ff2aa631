/** The typology's categories and sub-categories as the guide names them (Fiche pratique 1's matrix), by code. */
export const GUIDE_CATEGORIES = {
  internationalisation_entreprises: 'Internationalisation des entreprises (export, création de filiales)',
  promotion_territoire: 'Promotion du territoire',
  cooperation: 'Coopération',
};

export const GUIDE_SUB_CATEGORIES = {
  accompagnement_individuel: 'Accompagnement individuel d’entreprises',
  actions_collectives: 'Actions collectives',
  visibilite_locale: 'Dispositifs de mise en visibilité localement',
  visibilite_internationale: 'Dispositifs de mise en visibilité à l’international',
  gagnant_gagnant: 'Gagnant-gagnant',
  dialogique: 'Dialogique (échanges sur les différences)',
};
