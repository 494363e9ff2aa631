/** Whether the service sends the campaign's e-mail; without it, the links are to be copied and sent by hand. */
export function MailNotice({ enabled }: { enabled: boolean }) {
  if (enabled) {
    return (
      <p className="mail-notice">
        Les invitations, relances et accusés de réception partent par courriel. L’état de chaque envoi s’affiche dans la liste ci-dessous.
      </p>
    );
  }
  return (
    <p className="mail-notice off">
      <strong>L’envoi de courriels est désactivé</strong> sur ce service (SMTP_URL n’est pas configuré)&#8239;: aucune invitation ni relance ne part. Copiez les liens
      d’invitation affichés à leur création (ou téléchargez-les en CSV) et transmettez-les vous-même.
    </p>
  );
}
