package io.sprecher.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Makes Sprecher's data work with Spark's Kryo serializer ({@code spark.serializer=
 * org.apache.spark.serializer.KryoSerializer}). Kryo 4, which Spark ships, can neither set the
 * final fields of a Java record nor rebuild the immutable lists of {@code List.of} and {@code
 * Stream.toList()}: records are written component by component and rebuilt through their canonical
 * constructor, immutable collections are rebuilt as unmodifiable copies.
 */
public final class SprecherKryoRegistrator implements KryoRegistrator {

  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(Record.class, RecordSerializer.class);
    var lists = new ImmutableCollectionSerializer(Collections::unmodifiableList);
    for (List<?> sample :
        List.of(List.of(), List.of(1), List.of(1, 2, 3), Collections.unmodifiableList(List.of()))) {
      kryo.register(sample.getClass(), lists);
    }
    kryo.register(List.of(1, 2).stream().toList().getClass(), lists);
    var sets =
        new ImmutableCollectionSerializer(e -> Collections.unmodifiableSet(new LinkedHashSet<>(e)));
    for (Set<?> sample : List.of(Set.of(), Set.of(1), Set.of(1, 2, 3))) {
      kryo.register(sample.getClass(), sets);
    }
    ImmutableMapSerializer maps = new ImmutableMapSerializer();
    for (Map<?, ?> sample : List.of(Map.of(), Map.of(1, 1), Map.of(1, 1, 2, 2))) {
      kryo.register(sample.getClass(), maps);
    }
  }

  /** A record: its components in order, rebuilt with the canonical constructor. */
  public static final class RecordSerializer extends Serializer<Record> {

    private final MethodHandle[] accessors; // (Object) -> Object
    private final MethodHandle constructor; // (Object[]) -> Object

    public RecordSerializer(Kryo kryo, Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      try {
        accessors = new MethodHandle[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
          components[i].getAccessor().setAccessible(true);
          accessors[i] =
              lookup
                  .unreflect(components[i].getAccessor())
                  .asType(MethodType.methodType(Object.class, Object.class));
          types[i] = components[i].getType();
        }
        var canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        constructor =
            lookup
                .unreflectConstructor(canonical)
                .asSpreader(Object[].class, components.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalArgumentException("cannot serialise record " + type.getName(), e);
      }
    }

    @Override
    public void write(Kryo kryo, Output output, Record record) {
      for (MethodHandle accessor : accessors) {
        Object value;
        try {
          value = (Object) accessor.invokeExact((Object) record);
        } catch (Throwable e) {
          throw new IllegalStateException("cannot read a component of " + record.getClass(), e);
        }
        kryo.writeClassAndObject(output, value);
      }
    }

    @Override
    public Record read(Kryo kryo, Input input, Class<Record> type) {
      Object[] values = new Object[accessors.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = kryo.readClassAndObject(input);
      }
      try {
        return (Record) (Object) constructor.invokeExact(values);
      } catch (Throwable e) {
        throw new IllegalStateException("cannot rebuild " + type.getName(), e);
      }
    }
  }

  /** An immutable list or set: its elements, rebuilt as an unmodifiable copy by {@code copy}. */
  private static final class ImmutableCollectionSerializer extends Serializer<Collection<Object>> {
    private final Function<List<Object>, Collection<Object>> copy;

    ImmutableCollectionSerializer(Function<List<Object>, Collection<Object>> copy) {
      this.copy = copy;
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, Collection<Object> elements) {
      output.writeInt(elements.size(), true);
      for (Object o : elements) {
        kryo.writeClassAndObject(output, o);
      }
    }

    @Override
    public Collection<Object> read(Kryo kryo, Input input, Class<Collection<Object>> type) {
      int n = input.readInt(true);
      List<Object> elements = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        elements.add(kryo.readClassAndObject(input));
      }
      return copy.apply(elements);
    }
  }

  private static final class ImmutableMapSerializer extends Serializer<Map<Object, Object>> {
    ImmutableMapSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, Map<Object, Object> map) {
      output.writeInt(map.size(), true);
      for (Map.Entry<Object, Object> e : map.entrySet()) {
        kryo.writeClassAndObject(output, e.getKey());
        kryo.writeClassAndObject(output, e.getValue());
      }
    }

    @Override
    public Map<Object, Object> read(Kryo kryo, Input input, Class<Map<Object, Object>> type) {
      int n = input.readInt(true);
      Map<Object, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        out.put(kryo.readClassAndObject(input), kryo.readClassAndObject(input));
      }
      return Collections.unmodifiableMap(out);
    }
  }
}
