// One key figure: what it is, its value, and a line that explains or splits it.
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';

export function KpiCard(props: { testId: string; label: string; value: string; detail?: string }) {
  return (
    <Card data-testid={props.testId} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary" component="h3">
          {props.label}
        </Typography>
        <Typography variant="h2" component="p" sx={{ mt: 0.5 }}>
          {props.value}
        </Typography>
        {props.detail && (
          <Typography variant="caption" color="text.secondary">
            {props.detail}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
