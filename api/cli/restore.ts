/**
 * npm run restore -- <sauvegarde> [--force]
 * Puts a backup of `npm run backup` (or of the service's daily ones) into the database of
 * DATABASE_URL, which must be empty unless --force. Stop the service first.
 */
import { restoreBackup } from '../backup/restore-backup.js';
import { readConfig } from '../config.js';
import { counted } from '../../surveys/french-typography.js';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [file, ...extra] = args.filter((a) => a !== '--force');
if (!file || extra.length > 0) {
  console.error('Usage\u202f: npm run restore -- <fichier de sauvegarde> [--force]   (dans la base de DATABASE_URL, service arrêté)');
  process.exit(2);
}
try {
  const config = readConfig(process.env);
  const { responses } = await restoreBackup(file, config.databaseUrl, { force });
  console.log(`Sauvegarde restaurée dans ${config.databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}\u202f: ${counted(responses, 'réponse', 'réponses')}. Démarrez le service\u202f: il applique les migrations plus récentes, s’il y en a.`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
