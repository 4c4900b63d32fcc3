import { useTranslation } from 'react-i18next';
import { CreateOrganization } from '../components/organization/CreateOrganization';
import { usePageTitle } from '../components/page';

/** Starting an organization: for the district, county office or intermediary admin who brings it onto Trellis.
 * Reached from the account menu and from the home page's list of organizations; most people are invited instead. */
export default function NewOrganization() {
  const { t } = useTranslation();
  usePageTitle(t('home.createOrganization'));
  return (
    <div className="narrow">
      <h1>{t('home.createOrganization')}</h1>
      <p className="explain">{t('home.createOrganizationHint')}</p>
      <CreateOrganization />
    </div>
  );
}
