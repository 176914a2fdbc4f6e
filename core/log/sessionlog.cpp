#include "log/sessionlog.h"

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>

namespace smartcard {

namespace {

struct Context
{
    std::uint32_t readerId;
    std::uint32_t atrId;
    std::uint32_t protocol;
};

struct ContextKey
{
    std::uint32_t readerId;
    std::uint32_t atrId;
    std::uint32_t protocol;
    bool operator==(const ContextKey &) const = default;
};

size_t qHash(const ContextKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.readerId, key.atrId, key.protocol);
}

struct ErrorKey
{
    std::uint32_t code;
    QString message;
    bool operator==(const ErrorKey &) const = default;
};

size_t qHash(const ErrorKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.code, key.message);
}

QByteArray rawKey(std::span<const std::uint8_t> bytes)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

// A rough per-node cost of a QHash entry beyond key and value (span, offsets, growth).
constexpr std::size_t HashNodeOverhead = 16;

} // namespace

struct SessionLog::Tables
{
    QStringList readers;
    QHash<QString, std::uint32_t> readerIds;
    std::vector<Bytes> atrs;
    QHash<QByteArray, std::uint32_t> atrIds;
    std::vector<Context> contexts;
    QHash<ContextKey, std::uint32_t> contextIds;
    QStringList errorMessages;
    std::vector<std::uint32_t> errorCodes;
    QHash<ErrorKey, std::uint32_t> errorIds;

    // The last contexts used, most recent first: interleaved readers stay on the fast path.
    static constexpr std::size_t RecentCount = 4;
    std::array<std::uint32_t, RecentCount> recent {};
    std::size_t recentSize = 0;
    std::uint32_t lastErrorId = 0;

    std::uint32_t readerId(const QString &reader)
    {
        const auto found = readerIds.constFind(reader);
        if (found != readerIds.cend())
            return *found;
        const auto id = std::uint32_t(readers.size());
        readers.append(reader);
        readerIds.insert(reader, id);
        return id;
    }

    std::uint32_t atrId(const Bytes &atr)
    {
        const auto found = atrIds.constFind(rawKey(atr));
        if (found != atrIds.cend())
            return *found;
        const auto id = std::uint32_t(atrs.size());
        atrs.push_back(atr);
        atrIds.insert(QByteArray(reinterpret_cast<const char *>(atr.data()), qsizetype(atr.size())), id);
        return id;
    }

    bool matches(std::uint32_t contextId, const LogEntry &entry) const
    {
        const Context &context = contexts[contextId];
        return context.protocol == entry.protocol && readers.at(context.readerId) == entry.reader
            && atrs[context.atrId] == entry.atr;
    }

    std::uint32_t contextId(const LogEntry &entry)
    {
        for (std::size_t i = 0; i < recentSize; ++i) {
            const std::uint32_t id = recent[i];
            if (matches(id, entry)) {
                std::rotate(recent.begin(), recent.begin() + std::ptrdiff_t(i),
                    recent.begin() + std::ptrdiff_t(i) + 1);
                return id;
            }
        }
        const ContextKey key { readerId(entry.reader), atrId(entry.atr), entry.protocol };
        std::uint32_t id = 0;
        const auto found = contextIds.constFind(key);
        if (found != contextIds.cend()) {
            id = *found;
        } else {
            id = std::uint32_t(contexts.size());
            contexts.push_back({ key.readerId, key.atrId, key.protocol });
            contextIds.insert(key, id);
        }
        recentSize = std::min(recentSize + 1, RecentCount);
        std::move_backward(recent.begin(), recent.begin() + std::ptrdiff_t(recentSize) - 1,
            recent.begin() + std::ptrdiff_t(recentSize));
        recent[0] = id;
        return id;
    }

    std::uint32_t errorId(std::uint32_t code, const QString &message)
    {
        if (lastErrorId != 0 && errorCodes[lastErrorId - 1] == code
            && errorMessages.at(lastErrorId - 1) == message)
            return lastErrorId;
        ErrorKey key { code, message };
        const auto found = errorIds.constFind(key);
        if (found != errorIds.cend()) {
            lastErrorId = *found;
        } else {
            errorMessages.append(message);
            errorCodes.push_back(code);
            lastErrorId = std::uint32_t(errorMessages.size());
            errorIds.insert(std::move(key), lastErrorId);
        }
        return lastErrorId;
    }

    std::size_t bytes() const
    {
        std::size_t total = sizeof(Tables);
        for (const QString &reader : readers)
            total += 2 * (sizeof(QString) + std::size_t(reader.size()) * 2) + HashNodeOverhead + 4;
        for (const Bytes &atr : atrs)
            total += sizeof(Bytes) + sizeof(QByteArray) + 2 * atr.size() + HashNodeOverhead + 4;
        total += contexts.capacity() * sizeof(Context)
            + contexts.size() * (sizeof(ContextKey) + HashNodeOverhead + 4);
        for (const QString &message : errorMessages)
            total += 2 * (sizeof(QString) + std::size_t(message.size()) * 2) + HashNodeOverhead + 12;
        return total;
    }
};

SessionLog::SessionLog()
    : m_tables(std::make_unique<Tables>())
{
    static_assert(sizeof(Record) == 64, "a record is one cache line: keep it so");
}

SessionLog::~SessionLog() = default;
SessionLog::SessionLog(SessionLog &&) noexcept = default;
SessionLog &SessionLog::operator=(SessionLog &&) noexcept = default;

void SessionLog::clear()
{
    m_records.clear();
    m_records.shrink_to_fit();
    m_blocks.clear();
    m_arenaEnd = 0;
    m_arenaUsed = 0;
    m_tables = std::make_unique<Tables>();
    m_contextReaders.clear();
    m_annotations.clear();
}

void SessionLog::reserve(Index entries, std::size_t arenaBytes)
{
    m_records.reserve(entries);
    m_blocks.reserve(arenaBytes / ArenaBlockSize + 1);
}

// Room for n bytes: a record's bytes never straddle blocks. Returns the offset of the run.
std::uint64_t SessionLog::store(std::span<const std::uint8_t> first, std::span<const std::uint8_t> second)
{
    const std::size_t n = first.size() + second.size();
    if (n == 0)
        return m_arenaEnd;
    std::size_t position = m_arenaEnd % ArenaBlockSize;
    if (position != 0 && n > ArenaBlockSize - position) {
        m_arenaEnd += ArenaBlockSize - position; // the rest of this block stays unused
        position = 0;
    }
    if (position == 0) {
        const std::size_t blocks = (n + ArenaBlockSize - 1) / ArenaBlockSize;
        const std::size_t slot = m_arenaEnd / ArenaBlockSize;
        m_blocks.resize(slot + blocks);
        m_blocks[slot] = std::make_unique_for_overwrite<std::uint8_t[]>(blocks * ArenaBlockSize);
    }
    const std::uint64_t offset = m_arenaEnd;
    std::uint8_t *target = const_cast<std::uint8_t *>(at(offset));
    if (!first.empty())
        std::memcpy(target, first.data(), first.size());
    if (!second.empty())
        std::memcpy(target + first.size(), second.data(), second.size());
    m_arenaEnd += n;
    m_arenaUsed += n;
    return offset;
}

SessionLog::Index SessionLog::append(const LogEntry &entry)
{
    Record record;
    record.timeNs = entry.timeNs;
    record.durationNs = entry.durationNs;
    // Lengths are 32 bits: an APDU is at most 64 KiB and some bytes.
    record.commandLength = std::uint32_t(entry.command.size());
    record.responseLength = std::uint32_t(entry.response.size());
    record.offset = store(entry.command, entry.response);
    record.exchangeId = entry.exchangeId;
    record.originId = entry.originId;
    record.code = entry.code;
    record.errorId = (entry.errorCode != 0 || !entry.errorMessage.isEmpty())
        ? m_tables->errorId(entry.errorCode, entry.errorMessage)
        : 0;
    record.contextId = m_tables->contextId(entry);
    if (record.contextId >= m_contextReaders.size())
        m_contextReaders.push_back(m_tables->contexts[record.contextId].readerId);
    record.sw = entry.sw;
    record.maskOffset = entry.maskOffset;
    record.maskLength = entry.maskLength;
    record.kind = std::uint8_t(entry.kind);
    record.flags = entry.flags;
    record.disposition = std::uint8_t(entry.disposition);
    m_records.push_back(record);
    const Index index = Index(m_records.size() - 1);
    if (!entry.annotation.isEmpty())
        m_annotations.insert_or_assign(index, entry.annotation);
    return index;
}

LogEntry SessionLog::entry(Index index) const
{
    const Record &r = record(index);
    const Context &context = m_tables->contexts[r.contextId];
    LogEntry entry;
    entry.kind = LogEntry::Kind(r.kind);
    entry.flags = r.flags;
    entry.timeNs = r.timeNs;
    entry.durationNs = r.durationNs;
    entry.reader = m_tables->readers.at(context.readerId);
    entry.atr = m_tables->atrs[context.atrId];
    entry.protocol = context.protocol;
    const auto commandBytes = command(index);
    const auto responseBytes = response(index);
    entry.command.assign(commandBytes.begin(), commandBytes.end());
    entry.response.assign(responseBytes.begin(), responseBytes.end());
    entry.sw = r.sw;
    entry.exchangeId = r.exchangeId;
    entry.originId = r.originId;
    entry.code = r.code;
    entry.disposition = pcsc::Disposition(r.disposition);
    if (r.errorId != 0) {
        entry.errorCode = m_tables->errorCodes[r.errorId - 1];
        entry.errorMessage = m_tables->errorMessages.at(r.errorId - 1);
    }
    entry.maskOffset = r.maskOffset;
    entry.maskLength = r.maskLength;
    entry.annotation = annotation(index);
    return entry;
}

const QStringList &SessionLog::readers() const
{
    return m_tables->readers;
}

std::span<const std::uint8_t> SessionLog::atr(Index index) const
{
    return m_tables->atrs[m_tables->contexts[record(index).contextId].atrId];
}

std::uint32_t SessionLog::protocol(Index index) const
{
    return m_tables->contexts[record(index).contextId].protocol;
}

std::uint32_t SessionLog::code(Index index) const
{
    return record(index).code;
}

std::uint32_t SessionLog::errorCode(Index index) const
{
    const std::uint32_t id = record(index).errorId;
    return id == 0 ? 0 : m_tables->errorCodes[id - 1];
}

const QStringList &SessionLog::errorMessages() const
{
    return m_tables->errorMessages;
}

void SessionLog::setAnnotation(Index index, const QString &text)
{
    if (index >= size())
        return;
    if (text.isEmpty())
        m_annotations.erase(index);
    else
        m_annotations.insert_or_assign(index, text);
}

QString SessionLog::annotation(Index index) const
{
    const auto found = m_annotations.find(index);
    return found == m_annotations.end() ? QString() : found->second;
}

std::size_t SessionLog::overheadBytes() const
{
    // Every slot is a block allocated, or a part of a longer run that its first slot owns.
    const std::size_t arenaAllocated = m_blocks.size() * ArenaBlockSize;
    std::size_t annotations = m_annotations.bucket_count() * sizeof(void *);
    for (const auto &[index, text] : m_annotations)
        annotations += sizeof(index) + sizeof(QString) + 2 * sizeof(void *) + std::size_t(text.size()) * 2;
    return m_records.capacity() * sizeof(Record) + m_blocks.capacity() * sizeof(m_blocks[0])
        + m_contextReaders.capacity() * sizeof(std::uint32_t) + (arenaAllocated - m_arenaUsed)
        + m_tables->bytes() + annotations;
}

std::size_t SessionLog::arenaBytes() const
{
    return m_arenaUsed;
}

} // namespace smartcard
