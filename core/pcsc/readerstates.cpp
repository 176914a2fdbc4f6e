#include "pcsc/readerstates.h"

namespace smartcard::pcsc {

ReturnCode readReaderStates(const Context &context, std::vector<ReaderState> *states)
{
    states->clear();
    std::vector<std::string> readers;
    if (const ReturnCode rc = context.listReaders(&readers); !succeeded(rc))
        return rc;
    if (readers.empty())
        return ReturnCode::Success;
    states->resize(readers.size());
    for (std::size_t i = 0; i < readers.size(); ++i)
        (*states)[i].reader = std::move(readers[i]);
    // With every current state unaware, the call returns at once with all states filled in.
    const ReturnCode rc = context.getStatusChange(0, *states);
    if (rc == ReturnCode::E_Timeout)
        return ReturnCode::Success;
    if (!succeeded(rc))
        states->clear();
    return rc;
}

} // namespace smartcard::pcsc

namespace smartcard::pcsc {

ServiceSnapshot takeServiceSnapshot(PcscApi &api)
{
    ServiceSnapshot snapshot;
    Context context(api);
    snapshot.status = context.establish();
    if (succeeded(snapshot.status))
        snapshot.status = readReaderStates(context, &snapshot.readers);
    return snapshot;
}

} // namespace smartcard::pcsc
