package com.estate.local.standin;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The keys of a unique index of the compact store, ordered by {@link ValueOrder} instead of by their serialized
 * bytes (infra/ARCHITECTURE.md §28). H2 writes every key of a page each time the page changes, and with random ids
 * most index pages change between two writes of the store, so a key is written many times over: keys made of
 * strings, numbers, booleans and nulls (nearly all of them: ids, codes, names) are written field by field, in
 * exactly their Java types, so a key read back orders exactly as the one written; any other key is serialized.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    private static final byte SIMPLE = 3;
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INTEGER = 2;
    private static final byte LONG = 3;
    private static final byte DOUBLE = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;

    @Override
    public int compare(KeyValue a, KeyValue b) {
        return ValueOrder.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        return BsonStorage.estimatedMemory(key);
    }

    @Override
    public void write(WriteBuffer out, KeyValue key) {
        if (!isSimple(key)) {
            BsonStorage.writeTagged(out, BsonStorage.SERIALIZED, ValueOrder.serialized(key));
            return;
        }
        out.put(SIMPLE).putVarInt(key.size());
        for (Object value : key) {
            switch (value) {
                case null -> out.put(NULL);
                case String s -> out.put(STRING).putVarInt(s.length()).putStringData(s, s.length());
                case Integer i -> out.put(INTEGER).putInt(i);
                case Long l -> out.put(LONG).putLong(l);
                case Double d -> out.put(DOUBLE).putDouble(d);
                case Boolean b -> out.put(b ? TRUE : FALSE);
                default -> throw new IllegalStateException("not a simple key value: " + value.getClass());
            }
        }
    }

    private static boolean isSimple(KeyValue key) {
        for (Object value : key) {
            if (value != null && !(value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Double || value instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public KeyValue read(ByteBuffer in) {
        byte tag = in.get();
        if (tag != SIMPLE) {
            return (KeyValue) BsonStorage.deserialize(BsonStorage.readBytes(in));
        }
        Object[] values = new Object[DataUtils.readVarInt(in)];
        for (int i = 0; i < values.length; i++) {
            byte type = in.get();
            values[i] = switch (type) {
                case NULL -> null;
                case STRING -> DataUtils.readString(in, DataUtils.readVarInt(in));
                case INTEGER -> in.getInt();
                case LONG -> in.getLong();
                case DOUBLE -> in.getDouble();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw new IllegalStateException("corrupt index key: value type " + type);
            };
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
