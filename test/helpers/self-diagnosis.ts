/** A self-diagnosis whose every item of the five steps has the same status (0 to 3). */
export const allSteps = (status: number) => ({
  mobilisation_interne: { services_eco_associes: status, ressources_identifiees: status, etat_des_lieux: status },
  diagnostic_partage: { parties_prenantes: status, opportunites: status, vision_politique: status },
  cadrage: { priorites_geographiques: status, priorites_sectorielles_actions: status, conventions_partenariales: status, financements_identifies: status },
  evaluation: { resultats_attendus: status, indicateurs_definis: status, dispositif_suivi: status },
  mise_en_oeuvre: { portage_clarifie: status, metiers_identifies: status, competences_disponibles: status },
});
