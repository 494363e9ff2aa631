import { useState } from 'react';
import { resumeUrl } from '../remembered';

/** The respondent's private link, shown so it can be kept: whoever holds it can read and edit the response. */
export function ResumeLink({ id, token }: { id: string; token: string }) {
  const url = resumeUrl(id, token);
  const [copied, setCopied] = useState(false);
  return (
    <div className="resume-link">
      <label htmlFor="lien-prive">
        {'Votre lien privé pour revenir à vos réponses (gardez-le pour vous\u202f: il donne accès à vos réponses)'}
      </label>
      <div className="resume-row">
        <input id="lien-prive" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          Copier le lien
        </button>
      </div>
      <p role="status" className="hint">
        {copied ? 'Lien copié.' : 'Ce navigateur s’en souvient aussi\u202f: vous le retrouverez sur la page d’accueil.'}
      </p>
    </div>
  );
}
