package org.db3311.sgc.core.mediation;

/** Outgoing port: hands a failed mediation's case file to the courts' online filing service. */
public interface OnlineFilingGateway {

  /** The court system's reference for the filing application. */
  String submit(CaseFile file);
}
