// The translated name of a message template, or its id when the interface does not know it.
import { useTranslation } from 'react-i18next';
import { knownTemplate } from '../messageList.ts';

export function useTemplateLabel(): (template: string) => string {
  const { t } = useTranslation();
  return (template) => {
    const known = knownTemplate(template);
    return known ? t(`admin.messages.templates.${known}`) : template || '—';
  };
}
