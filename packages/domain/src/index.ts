// The public API of @switchboard/domain (the only index in the package).
export * from './ids';

// ACD: the routing core.
export * from './acd/config';
export type * from './acd/events';
export type * from './acd/effects';
export type { AcdState, Contact, Agent, Queue, ContactPhase } from './acd/state';
export { createAcdState, decide, type Decision } from './acd/decide';
export { deriveStatus, canTake } from './acd/agents';
export { serviceLevelOf } from './acd/contacts';

// Staffing math.
export { erlangB, erlangBServers, erlangBTraffic, nextErlangB } from './staffing/erlang-b';
export { erlangC, erlangCFromBlocking, type ErlangCInput, type ErlangCFigures } from './staffing/erlang-c';
export { erlangA, type ErlangAInput, type ErlangAFigures } from './staffing/erlang-a';
export { offeredTraffic, type OfferedLoad } from './staffing/offered-traffic';
export {
  staff, staffingFigures, meetsTargets, MAX_AGENTS,
  type StaffingLoad, type StaffingTargets, type StaffingFigures, type StaffingResult,
} from './staffing/staff';

// Simulator.
export { randomStream, type RandomStream } from './simulator/random-stream';
export { constant, exponential, lognormal, lognormalCv, empirical, type Distribution } from './simulator/distribution';
export { poissonArrivals, type ArrivalRate } from './simulator/poisson-arrivals';
export { EventCalendar } from './simulator/event-calendar';
export { studentT975 } from './simulator/student-t';
export { estimate, type Estimate } from './simulator/estimate';
export type { SimulationConfig, SimQueue, AgentGroup, ArrivalStream, StaffingStep } from './simulator/simulation-config';
export { generateWorkload, type SimArrival } from './simulator/generate-workload';
export { runSimulation, type RunInput, type RunResult } from './simulator/run-simulation';
export { KpiCollector, type KpiReport, type KpiWindow } from './simulator/kpi-collector';
export { KPI_NAMES, SERVICE_LEVEL_FORMULA, type Kpis } from './simulator/kpi-tally';
export { summarizeReports, type KpiEstimates, type ReportSummary } from './simulator/summarize-reports';
export { simulate, simulateOnce, replay, type SimulationSummary, type ReplicationResult } from './simulator/simulate';
export { parseBankCalls, BANK_HEADER, type BankCall, type BankOutcome, type ParseResult, type LineError } from './simulator/parse-bank-calls';
export { bankReplay, type BankReplayResult, type BankReplayOptions, type ObservedKpis } from './simulator/bank-replay';
export type { InferredStaffing } from './simulator/infer-staffing';
export type { Exclusions } from './simulator/select-replay-calls';
