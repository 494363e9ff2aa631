/** The five steps of the self-diagnosis and the guide section each comes from (instruments.md). */
export const STEPS = [
  { code: 'mobilisation_interne', section: 'Fiche A', sectionTitle: 'La mobilisation interne' },
  { code: 'diagnostic_partage', section: 'Fiche B', sectionTitle: 'Diagnostic territorial partagé' },
  { code: 'cadrage', section: 'Fiche C', sectionTitle: 'Cadrer l’intervention' },
  { code: 'evaluation', section: 'Fiche D', sectionTitle: 'Penser l’évaluation' },
  { code: 'mise_en_oeuvre', section: 'Organiser la mise en œuvre', sectionTitle: 'Organiser la mise en œuvre' },
] as const;

/** Status scale of every item: 0 pas engagé, 1 en réflexion, 2 en cours, 3 réalisé. */
export const STATUS_DONE = 3;

export const STATUS_LABELS = ['pas engagé', 'en réflexion', 'en cours', 'réalisé'] as const;
