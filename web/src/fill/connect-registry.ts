import type { Model } from 'survey-core';
import { client } from '../api';

/** The registry picker: SurveyJS asks for pages of choices as the respondent types. */
export function connectRegistry(model: Model): void {
  model.onChoicesLazyLoad.add(async (_, options) => {
    if (options.question.name !== 'collectivite') return;
    const res = await client.api.collectivites.$get({
      query: { q: options.filter, skip: String(options.skip), take: String(options.take) },
    });
    if (!res.ok) return options.setItems([], 0);
    const page = await res.json();
    options.setItems(
      page.items.map((i) => ({ value: i.key, text: i.label })),
      page.total,
    );
  });
  model.onGetChoiceDisplayValue.add(async (_, options) => {
    if (options.question.name !== 'collectivite') return;
    const labels = await Promise.all(
      options.values.map(async (key: string) => {
        const res = await client.api.collectivites[':key'].$get({ param: { key } });
        return res.ok ? (await res.json()).label : key;
      }),
    );
    options.setItems(labels);
  });
  // Choosing a collectivity answers its type and population band from the registry.
  model.onValueChanged.add(async (sender, options) => {
    if (options.name !== 'collectivite' || typeof options.value !== 'string') return;
    const res = await client.api.collectivites[':key'].$get({ param: { key: options.value } });
    if (!res.ok) return;
    const entry = await res.json();
    sender.setValue('collectivite_type', entry.type);
    if (entry.strate) sender.setValue('strate_population', entry.strate);
  });
}
