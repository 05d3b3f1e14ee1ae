// The client side: the fetch() call, exactly as the request builder shows it.
import { fetchCode } from '../lib/fetch-code.ts';
import type { ExportInput, ExportResult } from './types.ts';

export const clientExport = (input: ExportInput): ExportResult => ({ code: fetchCode(input.scenario.request, input.requestUrl), notes: [] });
