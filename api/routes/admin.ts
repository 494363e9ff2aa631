import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { requireAdmin } from '../http/admin-auth.js';
import { adminCampaignsRoutes } from './admin/campaigns.js';
import { adminExportRoutes } from './admin/export.js';
import { adminImportRoutes } from './admin/import.js';
import { adminInvitationsRoutes } from './admin/invitations.js';
import { adminMailRoutes } from './admin/mail.js';
import { adminRegionMapRoutes } from './admin/region-map.js';
import { adminRemindersRoutes } from './admin/reminders.js';
import { adminResponsesRoutes } from './admin/responses.js';
import { adminTrackingRoutes } from './admin/tracking.js';

/** The administration: campaigns, invitations and their e-mail, tracking (and its map), exports, imports and the check of responses given without an invitation. Every route needs the admin token. */
export function adminRoutes(deps: AppDeps) {
  return new Hono()
    .use('*', requireAdmin(deps.adminTokenHash))
    .route('/campaigns', adminCampaignsRoutes(deps))
    .route('/campaigns', adminInvitationsRoutes(deps))
    .route('/campaigns', adminRemindersRoutes(deps))
    .route('/campaigns', adminTrackingRoutes(deps))
    .route('/campaigns', adminExportRoutes(deps))
    .route('/campaigns', adminImportRoutes(deps))
    .route('/responses', adminResponsesRoutes(deps))
    .route('/mail', adminMailRoutes(deps))
    .route('/carte-des-regions', adminRegionMapRoutes(deps));
}
