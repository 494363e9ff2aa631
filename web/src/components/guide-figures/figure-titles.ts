/** Our French wording of each figure and finding of the guide. */
export const FIGURE_TITLES: Record<string, string> = {
  'arricod-2016.zone_cible': 'Exemples de pays cibles sur le champ économique (parts des répondants)',
  'arricod-2016.acteurs_mobilises': 'Les acteurs locaux mobilisés (part de « oui » sur la base de chaque ligne)',
  'ua-2014-indicateurs.indicateurs': 'Indicateurs de l’UA 2014 : médianes de l’accès à la donnée et de la pertinence',
  'ua-2015-kit-de-survie.participants': 'Participants au « Kit de survie » des UA 2015',
  'arricod-2014.initiative': 'Les directions des relations internationales sont plus souvent à l’initiative que les directions économiques',
  'arricod-2014.mise_en_oeuvre': 'Les directions économiques participent à la mise en œuvre plus qu’elles n’initient',
  'arricod-2014.implication': 'Faible implication des acteurs économiques (médiane au plus 2 sur 5)',
  'arricod-2014.evaluation': 'Absence d’évaluation d’impact (plus de la moitié : jamais)',
  'arricod-2016.service': 'Sondage très majoritairement renseigné par les services relations internationales (au moins 67 %)',
  'arricod-2016.realisees': 'Actions menées jusqu’ici : surtout promotion internationale et coopération économique',
  'arricod-2016.a_renforcer': 'Commande politique croissante d’internationalisation des entreprises et de promotion',
  'arricod-2016.orientation': 'Réorientation vers de nouveaux partenaires plutôt qu’actualisation des coopérations',
  'arricod-2016.associations': 'Faible mobilisation des associations de solidarité (part la plus basse des six acteurs)',
};
