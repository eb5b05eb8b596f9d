package org.db3311.sgc.server.archive;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.archive.ContentHash;
import org.db3311.sgc.core.archive.LedgerEntry;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.SealedRecord;
import org.db3311.sgc.core.archive.VerificationReport;
import org.db3311.sgc.core.archive.filing.FilingResult;
import org.db3311.sgc.core.archive.filing.TransferList;
import org.db3311.sgc.core.archive.filing.Volume;
import org.db3311.sgc.core.archive.filing.VolumeCatalogue;
import org.db3311.sgc.core.archive.filing.VolumeItem;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/**
 * The archive views from the core's sealed files, ledger, verification and filings (MapStruct). A
 * sealed file is a class with its own accessors, not a record, so its view is put together here.
 */
@Mapper(uses = ViewTypes.class)
interface ArchiveViewMapper {

  ArchiveViewMapper INSTANCE = Mappers.getMapper(ArchiveViewMapper.class);

  ArchiveView.LedgerEntryView view(LedgerEntry entry);

  @Mapping(target = "intact", expression = "java(report.intact())")
  ArchiveView.VerificationView view(String county, int files, VerificationReport report);

  ArchiveView.ProblemView view(VerificationReport.Problem problem);

  @Mapping(target = "transferList", source = "filed.transferList")
  ArchiveView.FilingView view(String county, int year, int filing, FilingResult.Filed filed);

  @Mapping(target = "category", source = "key.category")
  @Mapping(target = "responsibleUnit", source = "key.handlingUnit")
  ArchiveView.VolumeView view(Volume volume);

  ArchiveView.ItemView view(VolumeItem item);

  ArchiveView.CatalogueView view(VolumeCatalogue catalogue);

  ArchiveView.CatalogueEntryView view(VolumeCatalogue.Entry entry);

  @Mapping(target = "totalFiles", expression = "java(list.totalFiles())")
  @Mapping(target = "totalRecords", expression = "java(list.totalRecords())")
  @Mapping(target = "receivedBy", source = "receipt", qualifiedByName = "receivedBy")
  @Mapping(target = "receivedAt", source = "receipt", qualifiedByName = "receivedAt")
  ArchiveView.TransferView view(TransferList list);

  ArchiveView.TransferLineView view(TransferList.Line line);

  default String hex(ContentHash hash) {
    return hash == null ? null : hash.hex();
  }

  @Named("receivedBy")
  default String receivedBy(java.util.Optional<TransferList.Receipt> receipt) {
    return receipt.map(r -> r.receivedBy().name()).orElse(null);
  }

  @Named("receivedAt")
  default String receivedAt(java.util.Optional<TransferList.Receipt> receipt) {
    return receipt.map(r -> r.receivedAt().toString()).orElse(null);
  }

  /** A sealed file with its records numbered from 1, and its place in the ledger if it has one. */
  default ArchiveView.SealedFileView view(String county, SealedFile f, LedgerEntry entry) {
    List<ArchiveView.RecordView> records = new ArrayList<>();
    for (SealedRecord r : f.records()) {
      records.add(
          new ArchiveView.RecordView(
              records.size() + 1,
              r.record().type().name(),
              r.record().title(),
              r.record().createdAt().toString(),
              r.record().author().name(),
              r.record().metadata(),
              r.record().content().length,
              hex(r.contentHash()),
              hex(r.link())));
    }
    var h = f.header();
    return new ArchiveView.SealedFileView(
        county,
        f.fileId(),
        h.title(),
        h.category(),
        h.handlingUnit().value(),
        h.closedOn().toString(),
        h.filingYear(),
        f.sealedAt().toString(),
        f.sealedBy().name(),
        hex(f.headerHash()),
        hex(f.seal()),
        entry == null ? null : entry.position(),
        records);
  }
}
