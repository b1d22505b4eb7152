#include "torcharchive.h"

#include "error.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtEndian>

#include <array>
#include <cmath>
#include <limits>
#include <cstring>
#include <memory>

namespace Atelier {

namespace {

constexpr size_t MaxPickleItems = 4'000'000; ///< stack plus memo entries: a state dict needs a few per tensor
constexpr int MaxRank = 8;

/// IEEE half-precision bits to float, exactly.
float halfToFloat(quint16 bits)
{
    const int exponent = (bits >> 10) & 0x1f;
    const int mantissa = bits & 0x3ff;
    const float magnitude = exponent == 0    ? std::ldexp(float(mantissa), -24)
                            : exponent == 31 ? (mantissa ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity())
                                             : std::ldexp(float(mantissa | 0x400), exponent - 25);
    return (bits & 0x8000) ? -magnitude : magnitude;
}

class BadArchive
{
public:
    explicit BadArchive(QString reason)
        : reason(std::move(reason))
    {}
    QString reason;
};

// ------------------------------------------------------------------------------------------------ zip

quint32 crc32(const uchar *data, qint64 size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (qint64 i = 0; i < size; ++i)
        crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

struct ZipEntry
{
    qint64 dataOffset = 0;
    qint64 size = 0;
    quint32 crc = 0;
};

/// The entries of a zip file held in memory. Only what torch.save writes is accepted: stored
/// (uncompressed) entries, zip64 where the sizes need it.
class ZipDirectory
{
public:
    ZipDirectory(const uchar *data, qint64 size)
        : m_data(data)
        , m_size(size)
    {
        qint64 end = -1;
        for (qint64 at = size - 22; at >= 0 && at >= size - 22 - 65535; --at)
            if (u32(at) == 0x06054b50u) {
                end = at;
                break;
            }
        if (end < 0)
            throw BadArchive(QStringLiteral("it is not a zip archive (a .pth file written before PyTorch 1.6? Load it in "
                                            "Python and save it again with torch.save)"));
        quint64 count = u16(end + 10);
        quint64 directorySize = u32(end + 12);
        quint64 directoryOffset = u32(end + 16);
        if (end >= 20 && u32(end - 20) == 0x07064b50u) {
            const quint64 zip64End = u64(end - 20 + 8);
            if (zip64End > quint64(size) - 56 || u32(qint64(zip64End)) != 0x06064b50u)
                throw BadArchive(QStringLiteral("its zip64 directory is damaged"));
            count = u64(qint64(zip64End) + 32);
            directorySize = u64(qint64(zip64End) + 40);
            directoryOffset = u64(qint64(zip64End) + 48);
        }
        if (directoryOffset > quint64(size) || directorySize > quint64(size) - directoryOffset || count > 1'000'000)
            throw BadArchive(QStringLiteral("its zip directory lies outside the file (truncated?)"));

        qint64 at = qint64(directoryOffset);
        for (quint64 i = 0; i < count; ++i) {
            need(at, 46);
            if (u32(at) != 0x02014b50u)
                throw BadArchive(QStringLiteral("its zip directory is damaged"));
            const int method = u16(at + 10);
            const quint32 crc = u32(at + 16);
            quint64 compressed = u32(at + 20);
            quint64 uncompressed = u32(at + 24);
            const int nameLength = u16(at + 28);
            const int extraLength = u16(at + 30);
            const int commentLength = u16(at + 32);
            quint64 localOffset = u32(at + 42);
            need(at + 46, nameLength + extraLength + commentLength);
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(m_data + at + 46), nameLength);
            // zip64: the sizes and offset that did not fit are in the extra field, in this order.
            for (qint64 extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
                const int id = u16(extra);
                const int length = u16(extra + 2);
                qint64 field = extra + 4;
                if (id == 0x0001) {
                    if (uncompressed == 0xFFFFFFFFu && field + 8 <= extra + 4 + length)
                        uncompressed = u64(field), field += 8;
                    if (compressed == 0xFFFFFFFFu && field + 8 <= extra + 4 + length)
                        compressed = u64(field), field += 8;
                    if (localOffset == 0xFFFFFFFFu && field + 8 <= extra + 4 + length)
                        localOffset = u64(field);
                }
                extra += 4 + length;
            }
            at += 46 + nameLength + extraLength + commentLength;
            if (method != 0 || compressed != uncompressed)
                throw BadArchive(QStringLiteral("its entry %1 is compressed; torch.save stores entries uncompressed").arg(name));
            if (localOffset > quint64(size) - 30)
                throw BadArchive(QStringLiteral("its entry %1 lies outside the file").arg(name));
            const qint64 local = qint64(localOffset);
            if (u32(local) != 0x04034b50u)
                throw BadArchive(QStringLiteral("its entry %1 is damaged").arg(name));
            const qint64 dataOffset = local + 30 + u16(local + 26) + u16(local + 28);
            if (dataOffset > size || uncompressed > quint64(size - dataOffset))
                throw BadArchive(QStringLiteral("its entry %1 runs past the end of the file (truncated?)").arg(name));
            m_entries.insert(name, ZipEntry{dataOffset, qint64(uncompressed), crc});
        }
    }

    QStringList names() const { return m_entries.keys(); }
    bool contains(const QString &name) const { return m_entries.contains(name); }

    /// The entry's bytes, checked against its CRC-32.
    QByteArray read(const QString &name) const
    {
        const auto it = m_entries.constFind(name);
        if (it == m_entries.cend())
            throw BadArchive(QStringLiteral("its entry %1 is missing").arg(name));
        if (crc32(m_data + it->dataOffset, it->size) != it->crc)
            throw BadArchive(QStringLiteral("its entry %1 is damaged (CRC mismatch)").arg(name));
        return QByteArray::fromRawData(reinterpret_cast<const char *>(m_data + it->dataOffset), qsizetype(it->size));
    }
    qint64 size(const QString &name) const { return m_entries.value(name).size; }

private:
    void need(qint64 at, qint64 bytes) const
    {
        if (at < 0 || bytes < 0 || at + bytes > m_size)
            throw BadArchive(QStringLiteral("its zip directory runs past the end of the file"));
    }
    quint16 u16(qint64 at) const { need(at, 2); return qFromLittleEndian<quint16>(m_data + at); }
    quint32 u32(qint64 at) const { need(at, 4); return qFromLittleEndian<quint32>(m_data + at); }
    quint64 u64(qint64 at) const { need(at, 8); return qFromLittleEndian<quint64>(m_data + at); }

    const uchar *m_data;
    qint64 m_size;
    QHash<QString, ZipEntry> m_entries;
};

// ------------------------------------------------------------------------------------------------ unpickler

struct Value;
using ValuePtr = std::shared_ptr<Value>;

/// The Python values a state dict is made of, and nothing more.
struct Value
{
    enum Kind { None, Bool, Int, Float, String, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = None;
    int64_t integer = 0;       ///< Int, Bool; Storage: element count
    double real = 0;
    QString text;              ///< String; Global: "module.name"; Storage: its record key
    QString dtype;             ///< Storage
    std::vector<ValuePtr> items; ///< Tuple, List; Dict: key, value, key, value...; Tensor: its storage
    std::vector<int64_t> shape, stride; ///< Tensor
    int64_t offset = 0;        ///< Tensor, in elements

    static ValuePtr make(Kind kind)
    {
        auto value = std::make_shared<Value>();
        value->kind = kind;
        return value;
    }
};

QString storageDtype(const QString &global)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("torch.FloatStorage"), QStringLiteral("float32")}, {QStringLiteral("torch.HalfStorage"), QStringLiteral("float16")},
        {QStringLiteral("torch.BFloat16Storage"), QStringLiteral("bfloat16")}, {QStringLiteral("torch.DoubleStorage"), QStringLiteral("float64")},
        {QStringLiteral("torch.LongStorage"), QStringLiteral("int64")},     {QStringLiteral("torch.IntStorage"), QStringLiteral("int32")},
        {QStringLiteral("torch.ShortStorage"), QStringLiteral("int16")},    {QStringLiteral("torch.CharStorage"), QStringLiteral("int8")},
        {QStringLiteral("torch.ByteStorage"), QStringLiteral("uint8")},     {QStringLiteral("torch.BoolStorage"), QStringLiteral("bool")}};
    return types.value(global);
}

int dtypeBytes(const QString &dtype)
{
    if (dtype == QLatin1String("float64") || dtype == QLatin1String("int64"))
        return 8;
    if (dtype == QLatin1String("float32") || dtype == QLatin1String("int32"))
        return 4;
    if (dtype == QLatin1String("float16") || dtype == QLatin1String("bfloat16") || dtype == QLatin1String("int16"))
        return 2;
    return 1;
}

bool isAllowedGlobal(const QString &name)
{
    return name == QLatin1String("collections.OrderedDict") || name == QLatin1String("torch._utils._rebuild_tensor_v2")
           || name == QLatin1String("torch._utils._rebuild_tensor") || name == QLatin1String("torch._utils._rebuild_parameter")
           || name == QLatin1String("torch._utils._rebuild_parameter_with_state")
           || name == QLatin1String("torch.jit._pickle.restore_type_tag") || !storageDtype(name).isEmpty();
}

class Unpickler
{
public:
    explicit Unpickler(const QByteArray &bytes)
        : m_data(reinterpret_cast<const uchar *>(bytes.constData()))
        , m_size(bytes.size())
    {}

    ValuePtr run()
    {
        while (true) {
            const qint64 opcodeAt = m_at;
            const uchar opcode = byte();
            switch (opcode) {
            case 0x80: byte(); break;                 // PROTO
            case 0x95: take(8); break;                // FRAME
            case '.':                                  // STOP
                if (m_stack.size() != 1)
                    throw BadArchive(QStringLiteral("its data.pkl ends with %1 values on the stack").arg(m_stack.size()));
                return m_stack.back();
            case '(': m_marks.push_back(m_stack.size()); break; // MARK
            case ')': push(Value::make(Value::Tuple)); break;
            case ']': push(Value::make(Value::List)); break;
            case '}': push(Value::make(Value::Dict)); break;
            case 'N': push(Value::make(Value::None)); break;
            case 0x88: push(boolean(true)); break;
            case 0x89: push(boolean(false)); break;
            case 'K': push(integer(byte())); break;   // BININT1
            case 'M': push(integer(qFromLittleEndian<quint16>(take(2)))); break;
            case 'J': push(integer(qFromLittleEndian<qint32>(take(4)))); break;
            case 0x8a: {                               // LONG1
                const int length = byte();
                if (length > 8)
                    throw BadArchive(QStringLiteral("its data.pkl holds an integer too large for a tensor"));
                const uchar *digits = take(length);
                int64_t value = 0;
                for (int i = length - 1; i >= 0; --i)
                    value = int64_t(quint64(value) << 8 | digits[i]);
                if (length > 0 && length < 8 && (digits[length - 1] & 0x80))
                    value -= int64_t(1) << (8 * length);
                push(integer(value));
                break;
            }
            case 'G': {                                // BINFLOAT, big-endian
                auto value = Value::make(Value::Float);
                const quint64 bits = qFromBigEndian<quint64>(take(8));
                std::memcpy(&value->real, &bits, 8);
                push(value);
                break;
            }
            case 'X': push(string(qFromLittleEndian<quint32>(take(4)))); break;
            case 0x8c: push(string(byte())); break;
            case 0x8d: push(string(qint64(qFromLittleEndian<quint64>(take(8))))); break;
            case 'B': push(string(qFromLittleEndian<quint32>(take(4)))); break; // bytes: kept as text, never used
            case 'C': push(string(byte())); break;
            case 'c': {                                // GLOBAL
                const QString module = line();
                push(global(module + QLatin1Char('.') + line()));
                break;
            }
            case 0x93: {                               // STACK_GLOBAL
                const ValuePtr name = pop();
                const ValuePtr module = pop();
                if (name->kind != Value::String || module->kind != Value::String)
                    throw BadArchive(QStringLiteral("its data.pkl names a class with something other than text"));
                push(global(module->text + QLatin1Char('.') + name->text));
                break;
            }
            case 'q': memoize(byte()); break;          // BINPUT
            case 'r': memoize(qFromLittleEndian<quint32>(take(4))); break;
            case 0x94: memoize(m_memo.size()); break;  // MEMOIZE
            case 'h': push(memo(byte())); break;       // BINGET
            case 'j': push(memo(qFromLittleEndian<quint32>(take(4)))); break;
            case 't': push(sequence(Value::Tuple, popMark())); break;
            case 0x85: push(sequence(Value::Tuple, popN(1))); break;
            case 0x86: push(sequence(Value::Tuple, popN(2))); break;
            case 0x87: push(sequence(Value::Tuple, popN(3))); break;
            case 'l': push(sequence(Value::List, popMark())); break;
            case 'd': push(sequence(Value::Dict, popMark(), true)); break;
            case 'a': {                                // APPEND
                const ValuePtr item = pop();
                into(Value::List)->items.push_back(item);
                break;
            }
            case 'e': {                                // APPENDS
                std::vector<ValuePtr> items = popMark();
                auto &target = into(Value::List)->items;
                target.insert(target.end(), items.begin(), items.end());
                break;
            }
            case 's': {                                // SETITEM
                std::vector<ValuePtr> pair = popN(2);
                auto &target = into(Value::Dict)->items;
                target.insert(target.end(), pair.begin(), pair.end());
                break;
            }
            case 'u': {                                // SETITEMS
                std::vector<ValuePtr> pairs = popMark();
                if (pairs.size() % 2)
                    throw BadArchive(QStringLiteral("its data.pkl has a dict entry without a value"));
                auto &target = into(Value::Dict)->items;
                target.insert(target.end(), pairs.begin(), pairs.end());
                break;
            }
            case 'R': {                                // REDUCE
                const ValuePtr arguments = pop();
                const ValuePtr callable = pop();
                push(reduce(callable, arguments));
                break;
            }
            case 'b': {                                // BUILD: an OrderedDict's _metadata, which we do not need
                pop();
                if (top()->kind != Value::Dict && top()->kind != Value::Tensor)
                    throw BadArchive(QStringLiteral("its data.pkl sets the state of an object a state dict does not hold"));
                break;
            }
            case 'Q': push(storage(pop())); break;     // BINPERSID
            case '0': pop(); break;                    // POP
            case '1': popMark(); break;                // POP_MARK
            default:
                throw BadArchive(QStringLiteral("its data.pkl uses pickle opcode 0x%1 (at byte %2), which a state dict does not need")
                                     .arg(opcode, 2, 16, QLatin1Char('0'))
                                     .arg(opcodeAt));
            }
        }
    }

private:
    uchar byte() { return *take(1); }
    const uchar *take(qint64 count)
    {
        if (count < 0 || count > m_size - m_at)
            throw BadArchive(QStringLiteral("its data.pkl is truncated"));
        const uchar *at = m_data + m_at;
        m_at += count;
        return at;
    }
    QString line()
    {
        const qint64 start = m_at;
        while (byte() != '\n') {}
        return QString::fromUtf8(reinterpret_cast<const char *>(m_data + start), m_at - start - 1);
    }

    void push(ValuePtr value)
    {
        if (m_stack.size() + m_memo.size() >= MaxPickleItems)
            throw BadArchive(QStringLiteral("its data.pkl holds too many objects"));
        m_stack.push_back(std::move(value));
    }
    ValuePtr pop()
    {
        if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
            throw BadArchive(QStringLiteral("its data.pkl pops an empty stack"));
        ValuePtr value = std::move(m_stack.back());
        m_stack.pop_back();
        return value;
    }
    const ValuePtr &top() const
    {
        if (m_stack.empty())
            throw BadArchive(QStringLiteral("its data.pkl reads an empty stack"));
        return m_stack.back();
    }
    std::vector<ValuePtr> popN(size_t count)
    {
        std::vector<ValuePtr> values(count);
        for (size_t i = count; i-- > 0;)
            values[i] = pop();
        return values;
    }
    std::vector<ValuePtr> popMark()
    {
        if (m_marks.empty())
            throw BadArchive(QStringLiteral("its data.pkl closes a mark it never opened"));
        const size_t mark = m_marks.back();
        m_marks.pop_back();
        std::vector<ValuePtr> values(m_stack.begin() + qsizetype(mark), m_stack.end());
        m_stack.resize(mark);
        return values;
    }
    ValuePtr into(Value::Kind kind)
    {
        const ValuePtr &target = top();
        if (target->kind != kind)
            throw BadArchive(QStringLiteral("its data.pkl adds items to something that is not a list or dict"));
        return target;
    }

    void memoize(qint64 index)
    {
        if (index < 0 || index > qint64(MaxPickleItems))
            throw BadArchive(QStringLiteral("its data.pkl uses an invalid memo index"));
        if (size_t(index) >= m_memo.size())
            m_memo.resize(size_t(index) + 1);
        m_memo[size_t(index)] = top();
    }
    ValuePtr memo(qint64 index) const
    {
        if (index < 0 || size_t(index) >= m_memo.size() || !m_memo[size_t(index)])
            throw BadArchive(QStringLiteral("its data.pkl refers to an object it never stored"));
        return m_memo[size_t(index)];
    }

    static ValuePtr boolean(bool value)
    {
        auto result = Value::make(Value::Bool);
        result->integer = value;
        return result;
    }
    static ValuePtr integer(int64_t value)
    {
        auto result = Value::make(Value::Int);
        result->integer = value;
        return result;
    }
    ValuePtr string(qint64 length)
    {
        auto result = Value::make(Value::String);
        result->text = QString::fromUtf8(reinterpret_cast<const char *>(take(length)), length);
        return result;
    }
    static ValuePtr sequence(Value::Kind kind, std::vector<ValuePtr> items, bool pairs = false)
    {
        if (pairs && items.size() % 2)
            throw BadArchive(QStringLiteral("its data.pkl has a dict entry without a value"));
        auto result = Value::make(kind);
        result->items = std::move(items);
        return result;
    }
    static ValuePtr global(const QString &name)
    {
        // Refusing at once is what keeps a hostile file harmless: nothing outside this list is ever built.
        if (!isAllowedGlobal(name))
            throw BadArchive(QStringLiteral("it holds a Python object of type %1, which a state dict does not need; "
                                            "only plain state dicts (torch.save(model.state_dict(), ...)) are read")
                                 .arg(name));
        auto result = Value::make(Value::Global);
        result->text = name;
        return result;
    }

    static int64_t intItem(const ValuePtr &value, const char *what)
    {
        if (!value || (value->kind != Value::Int && value->kind != Value::Bool))
            throw BadArchive(QStringLiteral("its data.pkl gives a tensor's %1 as something other than an integer").arg(QLatin1String(what)));
        return value->integer;
    }
    static std::vector<int64_t> intTuple(const ValuePtr &value, const char *what)
    {
        if (!value || value->kind != Value::Tuple || value->items.size() > size_t(MaxRank))
            throw BadArchive(QStringLiteral("its data.pkl gives a tensor's %1 as something other than a short tuple").arg(QLatin1String(what)));
        std::vector<int64_t> result;
        for (const ValuePtr &item : value->items)
            result.push_back(intItem(item, what));
        return result;
    }

    ValuePtr storage(const ValuePtr &id)
    {
        // ('storage', torch.FloatStorage, key, location, element count)
        if (id->kind != Value::Tuple || id->items.size() != 5 || id->items[0]->kind != Value::String
            || id->items[0]->text != QLatin1String("storage") || id->items[1]->kind != Value::Global
            || id->items[2]->kind != Value::String)
            throw BadArchive(QStringLiteral("its data.pkl refers to an external object that is not a tensor storage"));
        auto result = Value::make(Value::Storage);
        result->dtype = storageDtype(id->items[1]->text);
        if (result->dtype.isEmpty())
            throw BadArchive(QStringLiteral("its data.pkl has a storage of unknown type %1").arg(id->items[1]->text));
        result->text = id->items[2]->text;
        result->integer = intItem(id->items[4], "storage size");
        if (result->integer < 0)
            throw BadArchive(QStringLiteral("its data.pkl has a storage of negative size"));
        return result;
    }

    ValuePtr reduce(const ValuePtr &callable, const ValuePtr &arguments)
    {
        if (callable->kind != Value::Global || arguments->kind != Value::Tuple)
            throw BadArchive(QStringLiteral("its data.pkl calls something that is not a known function"));
        const QString &name = callable->text;
        const std::vector<ValuePtr> &args = arguments->items;
        if (name == QLatin1String("collections.OrderedDict"))
            return Value::make(Value::Dict);
        // LibTorch's torch::pickle_save tags typed containers: restore_type_tag(value, "Dict[str, Tensor]").
        if (name == QLatin1String("torch.jit._pickle.restore_type_tag")) {
            if (args.empty())
                throw BadArchive(QStringLiteral("its data.pkl tags nothing with a type"));
            return args[0];
        }
        if (name.startsWith(QLatin1String("torch._utils._rebuild_parameter"))) {
            if (args.empty() || args[0]->kind != Value::Tensor)
                throw BadArchive(QStringLiteral("its data.pkl rebuilds a parameter from something that is not a tensor"));
            return args[0];
        }
        if (name.startsWith(QLatin1String("torch._utils._rebuild_tensor"))) {
            if (args.size() < 4 || args[0]->kind != Value::Storage)
                throw BadArchive(QStringLiteral("its data.pkl rebuilds a tensor without a storage"));
            auto tensor = Value::make(Value::Tensor);
            tensor->items = {args[0]};
            tensor->offset = intItem(args[1], "offset");
            tensor->shape = intTuple(args[2], "shape");
            tensor->stride = intTuple(args[3], "strides");
            if (tensor->shape.size() != tensor->stride.size())
                throw BadArchive(QStringLiteral("its data.pkl gives a tensor as many strides as dimensions"));
            return tensor;
        }
        throw BadArchive(QStringLiteral("its data.pkl creates a %1, which a state dict does not hold").arg(name));
    }

    const uchar *m_data;
    qint64 m_size;
    qint64 m_at = 0;
    std::vector<ValuePtr> m_stack;
    std::vector<size_t> m_marks;
    std::vector<ValuePtr> m_memo;
};

// ------------------------------------------------------------------------------------------------ tensors

float element(const uchar *at, const QString &dtype)
{
    if (dtype == QLatin1String("float32"))
        return qFromLittleEndian<float>(at);
    if (dtype == QLatin1String("float16"))
        return halfToFloat(qFromLittleEndian<quint16>(at));
    if (dtype == QLatin1String("bfloat16")) {
        const quint32 bits = quint32(qFromLittleEndian<quint16>(at)) << 16;
        float value;
        std::memcpy(&value, &bits, 4);
        return value;
    }
    if (dtype == QLatin1String("float64"))
        return float(qFromLittleEndian<double>(at));
    if (dtype == QLatin1String("int64"))
        return float(qFromLittleEndian<qint64>(at));
    if (dtype == QLatin1String("int32"))
        return float(qFromLittleEndian<qint32>(at));
    if (dtype == QLatin1String("int16"))
        return float(qFromLittleEndian<qint16>(at));
    if (dtype == QLatin1String("int8"))
        return float(qint8(*at));
    return float(*at);
}

/// Copies a tensor's elements out of its storage, following its strides.
std::vector<float> gather(const Value &tensor, const QByteArray &storageBytes, const QString &name)
{
    const Value &storage = *tensor.items[0];
    const int64_t count = NamedTensor::elementCount(tensor.shape);
    if (count < 0 || tensor.offset < 0)
        throw BadArchive(QStringLiteral("tensor %1 has an invalid shape").arg(name));
    std::vector<float> values(static_cast<size_t>(count));
    if (count == 0)
        return values;
    int64_t last = tensor.offset;
    for (size_t d = 0; d < tensor.shape.size(); ++d) {
        if (tensor.stride[d] < 0)
            throw BadArchive(QStringLiteral("tensor %1 has a negative stride").arg(name));
        last += (tensor.shape[d] - 1) * tensor.stride[d];
    }
    if (last >= storage.integer)
        throw BadArchive(QStringLiteral("tensor %1 reaches past the end of its storage").arg(name));
    const int width = dtypeBytes(storage.dtype);
    const uchar *base = reinterpret_cast<const uchar *>(storageBytes.constData());
    std::vector<int64_t> index(tensor.shape.size(), 0);
    for (int64_t i = 0; i < count; ++i) {
        int64_t position = tensor.offset;
        for (size_t d = 0; d < index.size(); ++d)
            position += index[d] * tensor.stride[d];
        values[size_t(i)] = element(base + position * width, storage.dtype);
        for (size_t d = index.size(); d-- > 0;) {
            if (++index[d] < tensor.shape[d])
                break;
            index[d] = 0;
        }
    }
    return values;
}

/// The dict of name -> tensor inside the pickled object.
const Value &stateDictOf(const Value &root)
{
    if (root.kind != Value::Dict)
        throw BadArchive(QStringLiteral("it holds no state dict (a whole pickled model? Save model.state_dict() instead)"));
    for (size_t i = 0; i + 1 < root.items.size(); i += 2) {
        const Value &key = *root.items[i];
        const Value &value = *root.items[i + 1];
        if (key.kind == Value::String && value.kind == Value::Dict
            && (key.text == QLatin1String("state_dict") || key.text == QLatin1String("model")))
            return stateDictOf(value);
    }
    return root;
}

} // namespace

std::vector<TorchTensor> TorchArchive::readStateDict(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileBytes)
        throw Error::badInput(QStringLiteral("%1 is larger than %2 MiB: not read").arg(fileName).arg(MaxFileBytes >> 20));
    if (file.size() == 0)
        throw Error::badInput(QStringLiteral("%1 is empty").arg(fileName));
    const uchar *data = file.map(0, file.size());
    QByteArray copy;
    if (!data) {
        copy = file.readAll();
        data = reinterpret_cast<const uchar *>(copy.constData());
    }

    try {
        const ZipDirectory zip(data, file.size());
        QString prefix;
        for (const QString &name : zip.names())
            if (name.endsWith(QLatin1String("/data.pkl")) && name.count(QLatin1Char('/')) == 1) {
                if (!prefix.isEmpty())
                    throw BadArchive(QStringLiteral("it holds more than one data.pkl"));
                prefix = name.chopped(8);
            }
        if (prefix.isEmpty())
            throw BadArchive(QStringLiteral("it is a zip archive without data.pkl, not a PyTorch file"));
        if (zip.contains(prefix + QStringLiteral("byteorder")) && zip.read(prefix + QStringLiteral("byteorder")) != "little")
            throw BadArchive(QStringLiteral("it was written on a big-endian machine"));

        const ValuePtr root = Unpickler(zip.read(prefix + QStringLiteral("data.pkl"))).run();
        const Value &dict = stateDictOf(*root);

        std::vector<std::pair<QString, const Value *>> entries;
        bool allPrefixed = true;
        for (size_t i = 0; i + 1 < dict.items.size(); i += 2) {
            const Value &key = *dict.items[i];
            const Value &value = *dict.items[i + 1];
            if (key.kind != Value::String)
                throw BadArchive(QStringLiteral("its state dict has a key that is not text"));
            if (value.kind != Value::Tensor)
                throw BadArchive(QStringLiteral("its entry %1 is not a tensor").arg(key.text));
            allPrefixed = allPrefixed && key.text.startsWith(QLatin1String("module."));
            entries.emplace_back(key.text, &value);
        }
        if (entries.empty())
            throw BadArchive(QStringLiteral("its state dict is empty"));

        std::vector<TorchTensor> tensors;
        QHash<QString, QByteArray> storages;
        for (const auto &[key, value] : entries) {
            const Value &storage = *value->items[0];
            if (!storages.contains(storage.text)) {
                const QString record = prefix + QStringLiteral("data/") + storage.text;
                const qint64 expected = storage.integer * dtypeBytes(storage.dtype);
                if (!zip.contains(record) || zip.size(record) != expected)
                    throw BadArchive(QStringLiteral("the storage of %1 is missing or has the wrong size").arg(key));
                storages.insert(storage.text, zip.read(record));
            }
            TorchTensor tensor;
            tensor.tensor.name = allPrefixed ? key.mid(7) : key;
            tensor.tensor.shape = value->shape;
            tensor.tensor.values = gather(*value, storages.value(storage.text), key);
            tensor.dtype = storage.dtype;
            tensors.push_back(std::move(tensor));
        }
        return tensors;
    } catch (const BadArchive &error) {
        throw Error::badInput(QStringLiteral("%1 is not a usable PyTorch weight file: %2").arg(fileName, error.reason));
    }
}

} // namespace Atelier
