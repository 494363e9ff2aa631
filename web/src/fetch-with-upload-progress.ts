/** Statuses whose answers have no body: a Response cannot be built with one. */
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * A `fetch` that reports how much of the request's body has been sent, for the typed client
 * (`hc` takes it as its `fetch` option). `fetch` itself says nothing of an upload's progress;
 * XMLHttpRequest does. The server reads an import as it arrives, so what has been sent is
 * what it has read: the bar shows the import's own progress.
 */
export function fetchWithUploadProgress(onProgress: (share: number) => void): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const url = input instanceof Request ? input.url : String(input);
      xhr.open(init?.method ?? 'GET', url);
      new Headers(init?.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
          const at = line.indexOf(':');
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        resolve(new Response(NULL_BODY.has(xhr.status) ? null : xhr.responseText, { status: xhr.status, headers }));
      };
      xhr.onerror = () => reject(new TypeError('La connexion au serveur a été perdue pendant l’envoi.'));
      xhr.send((init?.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}
