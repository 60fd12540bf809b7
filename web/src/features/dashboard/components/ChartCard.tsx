// A titled frame around one dashboard chart, with the granularity under the title.
import type { ReactNode } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';

export function ChartCard(props: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h3" component="h2">
          {props.title}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {props.subtitle}
        </Typography>
        {props.children}
      </CardContent>
    </Card>
  );
}
