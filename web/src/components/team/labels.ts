// How the team page names perspectives, grade spans and roles in the UI's language.
import { useTranslation } from 'react-i18next';
import { type Perspective, type TeamRole } from '../../api';
import { perspectiveLabel } from '../../format';

export type Labels = {
  perspective: (key: string) => string;
  span: (key: string) => string;
  role: (role: TeamRole) => string;
};

export function useLabels(catalogue: Perspective[]): Labels {
  const { t } = useTranslation();
  const byKey = new Map(catalogue.map((p) => [p.key, p]));
  return {
    perspective: (key) => perspectiveLabel(byKey.get(key), key),
    span: (key) => t(`gradeSpan.${key}`),
    role: (role) => t(`role.team.${role}`),
  };
}
