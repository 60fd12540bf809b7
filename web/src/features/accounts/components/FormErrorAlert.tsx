// Form-level errors: issues that match no field, listed with their message in the current language.
import Alert from '@mui/material/Alert';
import { validationMessage, type FieldIssue } from '@agora/domain';
import { useLocale } from '../../../app/i18n/index.ts';

export function IssuesAlert({ issues, title }: { issues: readonly FieldIssue[]; title: string }) {
  const locale = useLocale();
  return (
    <Alert severity="error" role="alert">
      {title}
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.code}`}>
            {issue.path ? `${issue.path} : ` : ''}
            {validationMessage(issue.code, locale)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
