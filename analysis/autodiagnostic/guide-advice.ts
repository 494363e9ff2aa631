/**
 * What the self-diagnosis recommends, in our own words, each pointing to the section of
 * the ARRICOD guide that develops it. Content, not computation: the functions beside this
 * file choose among these texts.
 */

/** The next step for each item of the five steps, when it is not yet done. */
export const ITEM_ADVICE: Record<string, string> = {
  services_eco_associes:
    'Associez dès maintenant le service du développement économique (ou l’agence) aux relations internationales : une réunion de lancement commune, puis un référent de chaque côté.',
  ressources_identifiees:
    'Listez les ressources que la collectivité peut mobiliser : agents, budgets, outils, réseaux, savoir-faire des services techniques.',
  etat_des_lieux:
    'Dressez l’état des lieux des liens existants : accords de coopération, partenariats des institutions du territoire, flux économiques entrants et sortants (export, filiales, investissements, étudiants, touristes), projets collaboratifs, opérations de promotion récurrentes.',
  parties_prenantes:
    'Identifiez les acteurs du territoire à associer : commerce, tourisme, industrie, recherche ; entreprises, clusters, incubateurs, universités, agences de développement ou d’urbanisme.',
  opportunites:
    'Évaluez les opportunités d’action internationale au regard des forces du territoire, de leur impact économique local et de leur potentiel d’internationalisation.',
  vision_politique:
    'Partagez ce diagnostic avec les élus concernés (relations internationales, économie, innovation, tourisme…) pour arrêter une vision commune : attentes, types d’action, orientations géographiques, acteurs.',
  priorites_geographiques:
    'Fixez un petit nombre de zones prioritaires, en partant des partenariats existants et des marchés visés par les entreprises du territoire.',
  priorites_sectorielles_actions:
    'Choisissez les secteurs et les types d’action dans la typologie du guide (internationalisation des entreprises, promotion du territoire, coopération) plutôt que de tout mener de front.',
  conventions_partenariales:
    'Formalisez les partenariats par des conventions, générales ou rattachées à des projets et révisables à échéance, pour instaurer un climat de confiance.',
  financements_identifies:
    'Repérez les financements mobilisables : soutiens publics à l’export, programmes européens, appels à projets du ministère (MEAE/DAECT).',
  resultats_attendus:
    'Écrivez pour chaque action les résultats attendus, dès sa conception : ce que le territoire doit y gagner.',
  indicateurs_definis:
    'Choisissez des indicateurs de résultat et d’impact, par exemple parmi ceux de l’université d’automne 2014, ou en lien avec les ODD 8 et 9.',
  dispositif_suivi:
    'Mettez en place le suivi : qui collecte quoi, à quelle fréquence, et quand les résultats sont présentés aux élus.',
  portage_clarifie:
    'Clarifiez qui porte chaque type d’action : relations internationales, développement économique ou agence, et comment ils se coordonnent.',
  metiers_identifies:
    'Identifiez les métiers nécessaires parmi les sept du guide : développeur, organisateur d’actions collectives, médiateur, élaborateur de politiques, gestionnaire protocole et accueil, analyste veille, référent communication.',
  competences_disponibles:
    'Faites le point sur les compétences disponibles et prévoyez un plan de formation pour celles qui manquent (langues, montage de projets, connaissance des acteurs économiques).',
};

export interface CategoryAdvice {
  category: string;
  title: string;
  /** The guide's practical sheet for this category. */
  section: string;
  /** The guide's questions, in its order: Quoi, Qui, Où, Quand, Comment, Combien, Pourquoi. */
  questions: [string, string][];
}

export const CATEGORY_ADVICE: Record<string, CategoryAdvice> = {
  internationalisation_entreprises: {
    category: 'internationalisation_entreprises',
    title: 'Internationalisation des entreprises',
    section: 'Fiche pratique 1',
    questions: [
      ['Quoi ?', 'Aider les entreprises à se développer hors de leur marché national : export, implantations, en amont (information, formation, veille), dans la stratégie, puis sur le terrain.'],
      ['Qui ?', 'L’État et ses opérateurs, la région et les intercommunalités, les chambres consulaires, les agences de développement : trouvez votre place dans ce dispositif plutôt que de le doubler.'],
      ['Où ?', 'Là où le tissu économique français est peu présent et où vos partenariats ouvrent des portes ; les marchés européens relèvent davantage des acteurs habituels.'],
      ['Quand ?', 'Des dispositifs pluriannuels, et des opérations qui gagnent à se répéter pour créer la confiance.'],
      ['Comment ?', 'Appui-conseil individuel, réunions d’information collectives, missions collectives avec rendez-vous d’affaires.'],
      ['Combien ?', 'Coûts partagés avec les bénéficiaires et les opérateurs ; toute prise en charge est une aide économique au sens européen. Suivez entreprises accompagnées, rendez-vous, chiffre d’affaires et emplois.'],
      ['Pourquoi ?', 'Animer le territoire et coordonner les acteurs, et croiser cet appui avec la promotion et la coopération.'],
    ],
  },
  promotion_territoire: {
    category: 'promotion_territoire',
    title: 'Promotion du territoire',
    section: 'Fiche pratique 2',
    questions: [
      ['Quoi ?', 'Rendre le territoire visible et attractif : marque, communication ciblée, événements, accueil de délégations, présence sur des salons.'],
      ['Qui ?', 'La collectivité avec les acteurs de la promotion économique, touristique et universitaire, et les opérateurs de l’État.'],
      ['Où ?', 'Sur le territoire lui-même autant qu’à l’étranger, en ciblant selon les domaines (économie, tourisme, enseignement supérieur).'],
      ['Quand ?', 'Des actions ponctuelles ou récurrentes : c’est leur régularité qui produit des résultats.'],
      ['Comment ?', 'Une marque construite collectivement, des événements appuyés sur les filières, des actions à l’étranger avec les opérateurs spécialisés.'],
      ['Combien ?', 'Mutualisez les stands et les grands événements avec d’autres territoires ; suivez classements, investissements et visiteurs étrangers.'],
      ['Pourquoi ?', 'Servir une stratégie d’ensemble et durable, faute de quoi le retour sur investissement reste limité.'],
    ],
  },
  cooperation: {
    category: 'cooperation',
    title: 'Coopération',
    section: 'Fiche pratique 3',
    questions: [
      ['Quoi ?', 'Des partenariats entre territoires qui contribuent au développement économique de chacun, gagnant-gagnant ou fondés sur l’échange d’expériences.'],
      ['Qui ?', 'La collectivité et ses services avec les acteurs économiques, y compris associatifs, des deux territoires.'],
      ['Où ?', 'Avec des partenaires anciens dont on fait évoluer la coopération, ou de nouveaux territoires choisis pour leur intérêt économique.'],
      ['Quand ?', 'Plutôt des accords spécifiques, révisables à échéance, ou des accords-projets limités dans le temps.'],
      ['Comment ?', 'Un accord de territoire à territoire, général ou rattaché à un projet, éventuellement mis en œuvre par des intermédiaires.'],
      ['Combien ?', 'Distinguez les actions, finançables seul, des investissements, qui demandent des bailleurs ; formulez les résultats attendus et suivez la participation et les affaires des acteurs économiques.'],
      ['Pourquoi ?', 'La confiance née de la coopération facilite les relations d’affaires : les élus y sont des ambassadeurs des acteurs économiques.'],
    ],
  },
};

export interface FundingLead {
  name: string;
  what: string;
}

/** Funding leads by action category, from the guide's section on financing (Fiche pratique C). */
export const FUNDING_LEADS: Record<string, FundingLead[]> = {
  cooperation: [
    { name: 'URBACT', what: 'Programme européen de coopération entre villes, y compris sur des thèmes économiques (PME, entrepreneuriat, marque de ville).' },
    { name: 'INTERREG', what: 'Programmes européens de coopération territoriale, ouverts aux collectivités, priorité à l’innovation et aux PME.' },
    { name: 'Horizon 2020 et COSME / Enterprise Europe Network', what: 'Projets collaboratifs de recherche et d’innovation ; COSME soutient les PME, les clusters et le réseau EEN.' },
    { name: 'Programme européen « acteurs non étatiques et autorités locales »', what: 'Partenariats multi-acteurs pour la croissance locale dans les pays partenaires de l’Union.' },
    { name: 'International Urban Cooperation', what: 'Programme européen de coopération entre villes européennes et non européennes sur le développement urbain durable et l’innovation.' },
    { name: 'Appels à projets du MEAE (DAECT)', what: 'Soutien de l’État à la coopération décentralisée, dont les projets pluri-acteurs de développement économique local.' },
  ],
  internationalisation_entreprises: [
    { name: 'Assurance prospection (Bpifrance)', what: 'Couvre une partie des dépenses de prospection des entreprises à l’export.' },
    { name: 'Bpifrance avance + export et crédits + export', what: 'Préfinancement et crédits pour les contrats à l’export.' },
    { name: 'Assurance-crédit et garanties publiques', what: 'Assurance-crédit, garanties de change et des risques de l’exportateur (cautions, préfinancements).' },
    { name: 'FASEP et prêts du Trésor', what: 'Études et aide au secteur privé, financement de projets dans les pays émergents.' },
    { name: 'Business France et les CCI', what: 'Opérateurs de l’accompagnement : salons à coût réduit, missions collectives, information marchés.' },
  ],
  promotion_territoire: [
    { name: 'Mutualisation avec la région et les réseaux', what: 'Stands et événements partagés avec d’autres territoires, villes partenaires ou réseaux thématiques.' },
    { name: 'Opérateurs de l’État', what: 'Business France (investissements), Atout France (tourisme), Campus France (enseignement supérieur).' },
  ],
};

/** The typology's three categories, in the guide's order. */
export const CATEGORIES = ['internationalisation_entreprises', 'promotion_territoire', 'cooperation'] as const;
