/**
 * Dates in content files.
 */
import { z } from 'astro/zod';

/**
 * A date as precise as it is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, in quotes. Unquoted, YAML
 * reads `2024-02-02` as a timestamp and silently turns an impossible date such as 2024-13-45 into a
 * real one, so a timestamp is refused with that explanation.
 */
export const PartialDateSchema = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? `write the date in quotes, e.g. "${issue.input.toISOString().slice(0, 10)}": unquoted, YAML reads it as a timestamp and silently turns impossible dates such as 2024-13-45 into real ones`
        : typeof issue.input === 'number'
          ? `write the year in quotes, e.g. "${issue.input}"`
          : undefined,
  })
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'use YYYY-MM-DD, YYYY-MM or YYYY, in quotes, e.g. "2024-02-02"',
  })
  .refine((d) => d.length < 10 || !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
    message: 'that day does not exist in that month',
  });
