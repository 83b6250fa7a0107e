package org.sendacc.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sendacc.ingest.ees.EesDatasets;
import org.sendacc.rules.returns.LocalReturnContracts;
import org.sendacc.rules.source.Source;

/** Every source the ingest knows. A file that none of them handles is listed as skipped, never guessed at. */
public final class SourceCatalog {
    private SourceCatalog() {}

    public static List<Source> all() {
        List<Source> sources = new ArrayList<>();
        sources.addAll(EesDatasets.all());
        sources.addAll(LocalReturnContracts.all());
        sources.add(org.sendacc.ingest.nhs.CommunityWaitingListSource.source());
        sources.add(org.sendacc.ingest.nhs.AutismStatisticsSource.source());
        sources.add(org.sendacc.ingest.moj.TribunalAppealRateSource.source());
        sources.add(org.sendacc.ingest.neighbours.StatisticalNeighboursSource.source());
        sources.add(org.sendacc.ingest.ons.MidYearPopulationSource.source());
        sources.add(org.sendacc.ingest.hmt.GdpDeflatorSource.source());
        sources.add(org.sendacc.ingest.esfa.DsgHighNeedsSource.source());
        sources.add(org.sendacc.ingest.dfe.DsgBalanceSource.source());
        sources.add(org.sendacc.ingest.d2i.AttendanceSource.source());
        sources.add(org.sendacc.ingest.ofsted.AreaSendInspectionsSource.source());
        sources.add(org.sendacc.ingest.ofsted.InspectionsScrapeSource.source());
        sources.add(org.sendacc.ingest.ofsted.InspectionsMiSource.source());
        sources.add(org.sendacc.ingest.groups.ComparisonGroupsSource.source());
        return List.copyOf(sources);
    }
}
