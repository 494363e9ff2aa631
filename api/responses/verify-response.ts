import type { Kysely, Selectable } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';
import { setCounted } from '../counting/set-counted.js';
import { settleCollectivities } from '../counting/settle-collectivities.js';
import { DomainError } from '../domain/domain-error.js';
import type { Catalog } from '../instruments/catalog.js';
import { findCampaign } from '../queries/find-campaign.js';
import { findResponse } from '../queries/find-response.js';
import { updateResponseVerification } from '../queries/update-response-verification.js';

/**
 * The administrator's check of a response: validated, it counts (if complete, and if it is
 * its collectivity's latest); set aside, it stops counting. Refused while the campaign's
 * results are published: a published figure that moved by one response would tell that
 * response to whoever read it before and after.
 */
export async function verifyResponse(
  db: Kysely<Database>,
  catalog: Catalog,
  id: string,
  verified: boolean,
): Promise<Selectable<ResponsesTable>> {
  return db.transaction().execute(async (trx) => {
    const row = await findResponse(trx, id);
    if (!row) throw new DomainError('introuvable', 'reponse_introuvable', 'Aucune réponse ne porte cet identifiant.');
    const campaign = await findCampaign(trx, row.survey_id, row.campaign);
    if (campaign?.published_at) {
      throw new DomainError(
        'conflit',
        'campagne_publiee',
        `Les résultats de la campagne «\u202f${row.campaign}\u202f» sont publiés\u202f: retirez d’abord la publication, vérifiez les réponses en attente, puis publiez à nouveau.`,
      );
    }
    await updateResponseVerification(trx, id, verified ? 'verifiee' : 'ecartee');
    await setCounted(trx, catalog, row, verified && row.status === 'complete');
    await settleCollectivities(trx, catalog, [row]);
    return (await findResponse(trx, id))!;
  });
}
